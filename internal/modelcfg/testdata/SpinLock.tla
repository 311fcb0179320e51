---- MODULE SpinLock ----
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS Procs, MaxIncrements, NoOwner, Combine(_, _)

ASSUME MaxIncrements \in Nat

VARIABLES locked, owner, counter, pc, log

vars == <<locked, owner, counter, pc, log>>

TypeOK ==
    /\ locked \in BOOLEAN
    /\ owner \in Procs \cup {NoOwner}
    /\ counter \in Nat
    /\ pc \in [Procs -> {"idle", "locked"}]
    /\ log \in Seq(Procs)

Init ==
    /\ locked = FALSE
    /\ owner = NoOwner
    /\ counter = 0
    /\ pc = [p \in Procs |-> "idle"]
    /\ log = <<>>

Lock(p) ==
    /\ ~locked /\ pc[p] = "idle" /\ counter < MaxIncrements
    /\ locked' = TRUE /\ owner' = p
    /\ pc' = [pc EXCEPT ![p] = "locked"]
    /\ log' = Append(log, p)
    /\ UNCHANGED counter

Unlock(p) ==
    /\ owner = p
    /\ locked' = FALSE /\ owner' = NoOwner /\ counter' = counter + 1
    /\ pc' = [pc EXCEPT ![p] = "idle"]
    /\ UNCHANGED log

Next == \E p \in Procs : Lock(p) \/ Unlock(p)

Spec == Init /\ [][Next]_vars /\ WF_vars(Next)

MutualExclusion == Cardinality({p \in Procs : pc[p] = "locked"}) <= 1
OwnerConsistent == locked <=> owner /= NoOwner
EventuallyUnlocked == []<>(~locked)
CounterGrows == counter' >= counter
====
