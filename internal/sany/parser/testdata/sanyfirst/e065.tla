---- MODULE e065 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
M == \A i \in S, j \in T : i = j
====
