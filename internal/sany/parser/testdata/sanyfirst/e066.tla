---- MODULE e066 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
M == \A <<i, j>> \in S \X T : i = j
====
