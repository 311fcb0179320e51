---- MODULE e064 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
M == \A i, j \in S : i /= j
====
