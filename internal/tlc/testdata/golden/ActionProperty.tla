---- MODULE ActionProperty ----
\* [][A]_v violated: a step decreases x.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x < 2 /\ x' = x + 1
        \/ x = 2 /\ x' = 0
Spec == Init /\ [][Next]_x
NeverDown == [][x' > x]_x
====
