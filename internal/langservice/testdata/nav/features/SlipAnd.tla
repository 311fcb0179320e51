---- MODULE SlipAnd ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 (*@slipAnd*)&& x = 2
====
\* want slip slipAnd "Replace && by /\" "x' = 1 /\ x = 2"
