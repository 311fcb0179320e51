---- MODULE e004 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n-1)
====
