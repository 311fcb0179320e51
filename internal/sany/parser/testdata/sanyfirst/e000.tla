---- MODULE e000 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
VARIABLE
A == 1
====
