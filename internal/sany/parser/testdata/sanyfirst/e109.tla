---- MODULE e109 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == /\ [a |-> 1,
     b |-> 2]
====
