---- MODULE AllAssigned ----
\* Conjuncts after every variable has its value are a formula to TLC: a
\* disjunction there does not branch (Head(q) is never evaluated on <<>>)
\* and \E does not emit a state per witness.
EXTENDS Naturals, Sequences
VARIABLES x, q
Init == x = 0 /\ q = <<>> /\ (TRUE \/ Head(q) = 1)
Next == /\ x < 3
        /\ x' = x + 1
        /\ q' = q
        /\ (q = <<>> \/ Head(q) > 0)
        /\ \E k \in 1..3 : k > x
====
