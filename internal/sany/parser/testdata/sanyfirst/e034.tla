---- MODULE e034 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Init == x == 0
====
