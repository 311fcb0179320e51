---- MODULE NatBound ----
\* A quantifier over Nat in an action (specs translated from code often
\* take "any natural number" literally): TLC's message for Nat.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x < 2 /\ x' = x + 1
        \/ x = 2 /\ \E n \in Nat : n > x /\ x' = n
====
