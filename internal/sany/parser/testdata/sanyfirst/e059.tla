---- MODULE e059 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
S2 == {i \in 1..3 : i > 1}
====
