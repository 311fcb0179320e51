---- MODULE e069 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == x.len
====
