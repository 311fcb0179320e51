---- MODULE e060 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
S2 == {i * 2 | i \in 1..3}
====
