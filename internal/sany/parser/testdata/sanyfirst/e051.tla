---- MODULE e051 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
R == [a: 1]
====
