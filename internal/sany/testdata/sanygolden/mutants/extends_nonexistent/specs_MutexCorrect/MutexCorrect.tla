---- MODULE MutexCorrect ----
EXTENDS Naturals, FiniteSets, Utils

CONSTANT Procs

VARIABLES pc, lock

vars == <<pc, lock>>

TypeInvariant ==
    /\ pc \in [Procs -> {"idle", "waiting", "cs"}]
    /\ lock \in Procs \cup {"none"}

Init ==
    /\ pc = [p \in Procs |-> "idle"]
    /\ lock = "none"

Request(p) ==
    /\ pc[p] = "idle"
    /\ pc' = [pc EXCEPT ![p] = "waiting"]
    /\ UNCHANGED lock

Acquire(p) ==
    /\ pc[p] = "waiting"
    /\ lock = "none"
    /\ lock' = p
    /\ pc' = [pc EXCEPT ![p] = "cs"]

Release(p) ==
    /\ pc[p] = "cs"
    /\ lock' = "none"
    /\ pc' = [pc EXCEPT ![p] = "idle"]

Next == \E p \in Procs : Request(p) \/ Acquire(p) \/ Release(p)

Spec == Init /\ [][Next]_vars /\ \A p \in Procs : SF_vars(Acquire(p)) /\ WF_vars(Release(p))

MutualExclusion == Cardinality({p \in Procs : pc[p] = "cs"}) <= 1

Starvation == \A p \in Procs : (pc[p] = "waiting") ~> (pc[p] = "cs")

TypeOK == TypeInvariant
====
