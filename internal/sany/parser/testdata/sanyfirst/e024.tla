---- MODULE e024 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A(F(_)) == F(1)
====
