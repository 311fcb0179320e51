---- MODULE FairnessErrorFirst ----
\* A fairness condition TLC cannot evaluate on a step: TLC evaluates it as
\* it expands the step's state, so it fails before the search reaches the
\* deadlock after it.
EXTENDS Naturals, Sequences
VARIABLE x, q
Init == x = 0 /\ q = <<0>>
Next == x < 3 /\ x' = x + 1 /\ q' = q
Spec == Init /\ [][Next]_<<x, q>> /\ WF_<<x, q>>(Next /\ (x = 2 => q[2] = 1))
Live == <>(x = 3)
====
