---- MODULE e002 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
CONSTANTS F(_, _), G(_)
A == F(1, 2)
====
