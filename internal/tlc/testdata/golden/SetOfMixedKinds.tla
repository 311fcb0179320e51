---- MODULE SetOfMixedKinds ----
\* A set of an integer and strings: TLC's sort compares each new element
\* with the sorted ones, and its message names them in that order.
VARIABLE x
Init == x = 0
Next == x = 0 /\ x' = CHOOSE e \in {"a", 1, "s"} : TRUE
====
