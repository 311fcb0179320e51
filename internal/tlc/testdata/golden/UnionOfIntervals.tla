---- MODULE UnionOfIntervals ----
\* An interval or enumerated set computes a union itself: empty, it is
\* the other operand as it is; otherwise an enumerated set of its elements
\* and the other's.
EXTENDS Naturals
VARIABLE a, b, c
Init == /\ a = (1..2) \cup {}
        /\ b = {} \cup (1..2)
        /\ c = (1..2) \cup {5}
Next == UNCHANGED <<a, b, c>>
Inv == a = {}
====
