---- MODULE View ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Next == x < 2 /\ x' = x + 1 /\ UNCHANGED y
OnlyX == x
====
