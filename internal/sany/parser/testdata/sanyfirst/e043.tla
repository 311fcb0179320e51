---- MODULE e043 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == IF x > 0 THEN x' = 1 ELSE IF x < 0 THEN x' = 2 ELSE x' = 3
====
