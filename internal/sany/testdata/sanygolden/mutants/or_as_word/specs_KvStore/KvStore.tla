---- MODULE KvStore ----
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS Keys, Values, Clients

VARIABLES store, pending, log

vars == <<store, pending, log>>

NoValue == CHOOSE v : v \notin Values

TypeInvariant ==
    /\ store \in [Keys -> Values \cup {NoValue}]
    /\ pending \subseteq (Clients \X Keys)
    /\ log \in Seq([op : {"put", "get"}, key : Keys])

Init ==
    /\ store = [k \in Keys |-> NoValue]
    /\ pending = {}
    /\ log = <<>>

Put(c, k, v) ==
    /\ <<c, k>> \notin pending
    /\ store' = [store EXCEPT ![k] = v]
    /\ log' = Append(log, [op |-> "put", key |-> k])
    /\ UNCHANGED pending

Get(c, k) ==
    /\ pending' = pending \cup {<<c, k>>}
    /\ log' = Append(log, [op |-> "get", key |-> k])
    /\ UNCHANGED store

Reply(c, k) ==
    /\ <<c, k>> \in pending
    /\ pending' = pending \ {<<c, k>>}
    /\ UNCHANGED <<store, log>>

Next ==
    OR \E c \in Clients, k \in Keys, v \in Values : Put(c, k, v)
    \/ \E c \in Clients, k \in Keys : Get(c, k)
    \/ \E c \in Clients, k \in Keys : Reply(c, k)

Spec == Init /\ [][Next]_vars /\ WF_vars(\E c \in Clients, k \in Keys : Reply(c, k))

TypeOK == TypeInvariant

LogBounded == Len(log) >= 0

THEOREM Spec => []TypeOK
====
