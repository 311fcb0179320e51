---- MODULE CaseNoArm ----
\* A CASE with no arm true: TLC names the CASE's range, in an expression
\* and in an action.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = CASE x = 0 -> 1 [] x = 1 -> 2
====
