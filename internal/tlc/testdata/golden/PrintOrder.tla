---- MODULE PrintOrder ----
\* PrintT in an action and in an invariant, several states a level: TLC
\* prints the invariant of a new state right after the action that made it.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10}
Next == x \in {0, 1, 10, 11} /\ PrintT(<<"next", x>>) /\ x' = x + 1
Inv == PrintT(<<"inv", x>>)
====
