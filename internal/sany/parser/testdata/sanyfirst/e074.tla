---- MODULE e074 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == /\ x
    /\ y
====
