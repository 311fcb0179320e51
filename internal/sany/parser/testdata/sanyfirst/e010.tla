---- MODULE e010 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A == 1
----
B == 2
====
