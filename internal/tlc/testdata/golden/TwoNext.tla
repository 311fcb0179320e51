---- MODULE TwoNext ----
\* Two [][A]_v conjuncts in the SPECIFICATION: TLC refuses the spec.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Other == x' # x
Spec == Init /\ [][Next]_x /\ [][Other]_x
====
