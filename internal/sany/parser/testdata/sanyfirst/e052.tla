---- MODULE e052 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
R == {a |-> 1}
====
