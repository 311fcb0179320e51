---- MODULE e040 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == \E i \in 1..3: x' = i
====
