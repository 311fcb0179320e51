---- MODULE LongValues ----
\* Values longer than a line: TLC prints them over several lines.
EXTENDS Naturals, Sequences
Cardinality(S) == LET f[T \in SUBSET S] == IF T = {} THEN 0 ELSE 1 + f[T \ {CHOOSE e \in T : TRUE}] IN f[S]
VARIABLES procs, log, net
Names == {"alpha", "bravo", "charlie", "delta"}
Init == /\ procs = [p \in Names |-> [state |-> "idle", clock |-> 0, inbox |-> <<>>]]
        /\ log = <<>>
        /\ net = {}
Next == \E p \in Names :
          /\ procs[p].clock < 1
          /\ procs' = [procs EXCEPT ![p].state = "busy", ![p].clock = @ + 1,
                                    ![p].inbox = Append(@, [from |-> p, seq |-> 1])]
          /\ log' = Append(log, <<p, "started", procs[p].clock + 1, {"x", "y"}>>)
          /\ net' = net \cup {[src |-> p, dst |-> q] : q \in Names \ {p}}
FewBusy == Cardinality({p \in Names : procs[p].state = "busy"}) < 2
====
