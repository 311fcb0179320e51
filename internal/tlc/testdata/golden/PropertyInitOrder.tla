---- MODULE PropertyInitOrder ----
\* An initial state violates both a state-level PROPERTY (checked on the
\* initial states only) and a []P PROPERTY (an invariant): TLC checks the
\* invariants first, so the invariant is the violation.
EXTENDS Naturals
VARIABLES x
Init == x \in 0..2
Next == x < 5 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Small == x < 2
AlwaysSmall == []Small
====
