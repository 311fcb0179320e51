---- MODULE e049 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
R == [a |-> 1, b = 2]
====
