---- MODULE e062 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
S2 == x[1][2].a
====
