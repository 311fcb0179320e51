---- MODULE Relay ----
EXTENDS Naturals, Sequences

CONSTANTS Msgs

VARIABLES in, out

vars == <<in, out>>

InCh == INSTANCE Channel WITH Data <- Msgs, chan <- in
OutCh == INSTANCE Channel WITH Data <- Msgs, chan <- out

TypeOK == InCh!TypeInvariant /\ OutCh!TypeInvariant

Init == InCh!Init /\ OutCh!Init /\ Init

Forward ==
    /\ in # <<>>
    /\ OutCh!Send(Head(in))
    /\ InCh!Rcv

Next ==
    \/ \E m \in Msgs : InCh!Send(m) /\ UNCHANGED out
    \/ Forward
    \/ OutCh!Rcv /\ UNCHANGED in

Spec == Init /\ [][Next]_vars /\ WF_vars(Forward)
====
