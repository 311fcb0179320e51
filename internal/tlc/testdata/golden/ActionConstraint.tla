---- MODULE ActionConstraint ----
\* ACTION_CONSTRAINT: steps that grow x by 2 are pruned.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 6 /\ \E d \in {1, 2} : x' = x + d
SmallSteps == x' - x = 1
====
