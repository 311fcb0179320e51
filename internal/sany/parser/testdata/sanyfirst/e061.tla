---- MODULE e061 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
S2 == {1, 2, 3}[1]
====
