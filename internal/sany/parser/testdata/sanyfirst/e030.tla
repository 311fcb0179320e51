---- MODULE e030 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A(F(_)) == F(1)
B == A(LAMBDA x : x)
====
