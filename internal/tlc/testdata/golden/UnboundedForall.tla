---- MODULE UnboundedForall ----
\* An unbounded \A in an invariant: an error on the initial state.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == \A y : y # x + 10
====
