---- MODULE RaftLite ----
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS Servers, MaxTerm, Nil

VARIABLES currentTerm, role, votedFor, log, commitIndex, currentTerm

vars == <<currentTerm, role, votedFor, log, commitIndex>>

Quorum == {Q \in SUBSET Servers : Cardinality(Q) * 2 > Cardinality(Servers)}
LastTerm(l) == IF Len(l) = 0 THEN 0 ELSE l[Len(l)].term

TypeInvariant ==
    /\ currentTerm \in [Servers -> 0..MaxTerm]
    /\ role \in [Servers -> {"Follower", "Candidate", "Leader"}]
    /\ votedFor \in [Servers -> Servers \cup {Nil}]
    /\ commitIndex \in [Servers -> Nat]

Init ==
    /\ currentTerm = [s \in Servers |-> 0]
    /\ role = [s \in Servers |-> "Follower"]
    /\ votedFor = [s \in Servers |-> Nil]
    /\ log = [s \in Servers |-> <<>>]
    /\ commitIndex = [s \in Servers |-> 0]

Timeout(s) ==
    /\ role[s] # "Leader"
    /\ currentTerm[s] < MaxTerm
    /\ currentTerm' = [currentTerm EXCEPT ![s] = @ + 1]
    /\ role' = [role EXCEPT ![s] = "Candidate"]
    /\ votedFor' = [votedFor EXCEPT ![s] = s]
    /\ UNCHANGED <<log, commitIndex>>

BecomeLeader(s, Q) ==
    /\ role[s] = "Candidate"
    /\ \A q \in Q : votedFor[q] = s /\ currentTerm[q] = currentTerm[s]
    /\ role' = [role EXCEPT ![s] = "Leader"]
    /\ UNCHANGED <<currentTerm, votedFor, log, commitIndex>>

Vote(s, c) ==
    /\ currentTerm[c] >= currentTerm[s]
    /\ votedFor[s] \in {Nil, c}
    /\ votedFor' = [votedFor EXCEPT ![s] = c]
    /\ currentTerm' = [currentTerm EXCEPT ![s] = currentTerm[c]]
    /\ UNCHANGED <<role, log, commitIndex>>

ClientRequest(s, v) ==
    /\ role[s] = "Leader"
    /\ log' = [log EXCEPT ![s] = Append(@, [term |-> currentTerm[s], value |-> v])]
    /\ UNCHANGED <<currentTerm, role, votedFor, commitIndex>>

AppendEntries(s, t) ==
    /\ role[s] = "Leader"
    /\ s # t
    /\ Len(log[t]) < Len(log[s])
    /\ log' = [log EXCEPT ![t] = Append(@, log[s][Len(log[t]) + 1])]
    /\ UNCHANGED <<currentTerm, role, votedFor, commitIndex>>

AdvanceCommit(s) ==
    /\ role[s] = "Leader"
    /\ \E i \in (commitIndex[s] + 1)..Len(log[s]) :
         /\ \E Q \in Quorum : \A q \in Q : Len(log[q]) >= i
         /\ commitIndex' = [commitIndex EXCEPT ![s] = i]
    /\ UNCHANGED <<currentTerm, role, votedFor, log>>

Next ==
    \/ \E s \in Servers : Timeout(s) \/ AdvanceCommit(s)
    \/ \E s \in Servers, Q \in Quorum : BecomeLeader(s, Q)
    \/ \E s, c \in Servers : Vote(s, c)
    \/ \E s \in Servers, v \in {"a", "b"} : ClientRequest(s, v)
    \/ \E s, t \in Servers : AppendEntries(s, t)

Spec == Init /\ [][Next]_vars

OneLeaderPerTerm ==
    \A s, t \in Servers :
        (role[s] = "Leader" /\ role[t] = "Leader" /\ currentTerm[s] = currentTerm[t]) => s = t

TypeOK == TypeInvariant
====
