---- MODULE e099 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == \E x \in S :
  /\ x = 1
  /\ x = 2
====
