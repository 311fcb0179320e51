---- MODULE Choose ----
\* CHOOSE picks the same value as TLC (the least in TLC's order).
EXTENDS Naturals
VARIABLE x
Init == x = CHOOSE n \in 1..5 : n > 2
Next == x' = CHOOSE n \in {x - 1, x + 1, 7} : n # x + 1
Small == x >= 0
====
