---- MODULE e063 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
M == \A i \in S : \E j \in S : i # j
====
