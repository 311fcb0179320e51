---- MODULE e094 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == -1
====
