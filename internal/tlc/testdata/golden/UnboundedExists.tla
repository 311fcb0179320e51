---- MODULE UnboundedExists ----
\* An unbounded \E in the next-state relation: an error in the first step.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \E y : y \in {1, 2} /\ x' = y
====
