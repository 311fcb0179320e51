---- MODULE e104 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == /\ CASE x = 1 -> 1
     [] OTHER -> 2
     /\ TRUE
====
