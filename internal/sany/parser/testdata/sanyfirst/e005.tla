---- MODULE e005 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A == 1
A == 2
====
