---- MODULE e102 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == /\ LET a == 1
     IN a = 1
     /\ TRUE
====
