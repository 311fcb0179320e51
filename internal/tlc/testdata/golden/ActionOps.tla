---- MODULE ActionOps ----
\* [A]_v and <<A>>_v: a SPECIFICATION with a box-action, an action
\* property that holds, and <<A>>_v in ENABLED.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
A == x < 2 /\ x' = x + 1 /\ y' = y
B == y < 1 /\ y' = y + 1 /\ x' = x
Spec == Init /\ [][A \/ B]_vars
Monotone == [][x' >= x /\ y' >= y]_vars
CanMove == (x < 2) => ENABLED <<A>>_vars
====
