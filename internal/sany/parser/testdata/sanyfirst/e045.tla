---- MODULE e045 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == CASE x > 0 -> x' = 1 [] x < 0 -> x' = 2
====
