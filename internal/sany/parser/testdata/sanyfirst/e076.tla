---- MODULE e076 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P ==
  /\ x
  /\ y
Q == 1
====
