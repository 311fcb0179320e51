---- MODULE e108 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == /\ f(1,
     2)
====
