---- MODULE ConstraintDeadlock ----
\* A deadlock in a model bounded by a CONSTRAINT, with two variables.
EXTENDS Naturals, Sequences
VARIABLES x, log
Init == x = 0 /\ log = <<>>
Next == \/ x < 5 /\ x' = x + 2 /\ log' = log \o <<x>>
        \/ x = 3 /\ x' = 4 /\ log' = log
Bound == x < 10
====
