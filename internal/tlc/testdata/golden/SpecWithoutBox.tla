---- MODULE SpecWithoutBox ----
\* [Next]_vars without the [] in front: TLC refuses the conjunct.
EXTENDS Naturals
VARIABLE x
vars == <<x>>
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [Next]_vars
====
