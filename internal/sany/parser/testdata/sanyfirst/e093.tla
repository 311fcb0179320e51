---- MODULE e093 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == x \in (1..3)
====
