---- MODULE InitProperty ----
\* A PROPERTY that is an initial predicate, false in an initial state.
EXTENDS Naturals
VARIABLE x
Init == x \in 0..2
Next == UNCHANGED x
Spec == Init /\ [][Next]_x
StartsAtZero == x = 0
====
