---- MODULE SymmetryLiveness ----
EXTENDS Naturals, TLC
\* Under SYMMETRY a step into a class of states counts as taking every
\* action that enters the class by one of its states (TLC keeps each
\* generated successor's step): Go(p2)'s step from the initial state is
\* one into the class of Go(p1)'s, and the cycle of p1 alone is fair.
\* TLC then reports Live violated (and warns that symmetry can hide
\* liveness violations), where the unreduced model satisfies it.
CONSTANT Procs
VARIABLE st
Init == st = [p \in Procs |-> "idle"]
Go(p) == st[p] = "idle" /\ st' = [st EXCEPT ![p] = "busy"]
Back(p) == st[p] = "busy" /\ st' = [st EXCEPT ![p] = "idle"]
Next == \E p \in Procs : Go(p) \/ Back(p)
Spec == Init /\ [][Next]_st /\ \A p \in Procs : WF_st(Go(p))
Live == \A p \in Procs : []<>(st[p] = "busy")
Sym == Permutations(Procs)
====
