---- MODULE BoxProperty ----
\* A PROPERTY []P (a safety property checked as TLC does) violated.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 4 /\ x' = x + 1
Spec == Init /\ [][Next]_x
AlwaysSmall == [](x < 3)
====
