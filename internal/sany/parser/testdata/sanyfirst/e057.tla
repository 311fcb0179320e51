---- MODULE e057 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
F == [i \in 1..3 -> i * 2]
====
