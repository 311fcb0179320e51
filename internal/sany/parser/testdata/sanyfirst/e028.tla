---- MODULE e028 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
a ^+ == a
B == 1^+
====
