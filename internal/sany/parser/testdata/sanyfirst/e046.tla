---- MODULE e046 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == CASE x > 0 -> x' = 1
            [] OTHER -> x' = 2
====
