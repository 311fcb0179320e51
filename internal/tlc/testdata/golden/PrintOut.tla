---- MODULE PrintOut ----
\* Print and PrintT in actions; TLCGet("level") in a constraint.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 2 /\ PrintT(<<"step", x>>) /\ x' = x + 1
Shallow == TLCGet("level") < 10
====
