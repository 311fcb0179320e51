---- MODULE e031 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A == x'
B == A'
====
