---- MODULE e106 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == /\ \E i \in S :
     x = i
====
