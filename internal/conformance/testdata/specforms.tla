\* Bulleted Spec with fairness after the box: accepted.
---- MODULE SpecForms ----
VARIABLE x
vars == <<x>>
TypeOK == x \in {0, 1}
Init == x = 0
A(i) == x' = i
Next == \E i \in {0, 1} : A(i)
Liveness == /\ WF_vars(Next)
            /\ \A i \in {0, 1} : SF_vars(A(i))
Spec ==
    /\ Init
    /\ [][Next]_vars
    /\ Liveness
    /\ (WF_vars(A(1)))
====
