---- MODULE e029 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A == LAMBDA x : x
====
