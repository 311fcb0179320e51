---- MODULE e090 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == UNION {S, T}
====
