---- MODULE Procs ----
\* Processes that each flip between "a" and "b" forever. Fairness of the
\* whole next-state relation lets one process do every step; fairness of
\* each process's step (quantified, as PlusCal writes it) does not.
EXTENDS Naturals
CONSTANT N
VARIABLE pc
Procs == 1..N
Init == pc = [p \in Procs |-> "a"]
Step(p) == pc' = [pc EXCEPT ![p] = IF pc[p] = "a" THEN "b" ELSE "a"]
Next == \E p \in Procs : Step(p)
Fairness == \A p \in Procs : WF_pc(Step(p))
EachSpec == Init /\ [][Next]_pc /\ Fairness
AllSpec == Init /\ [][Next]_pc /\ WF_pc(Next)
Visits(p) == []<>(pc[p] = "b")
EveryoneVisits == \A p \in Procs : Visits(p)
SomeoneVisits == \E p \in Procs : Visits(p)
====
