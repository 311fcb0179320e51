---- MODULE RecordsSeqs ----
\* Records and sequences: a bounded queue of messages.
EXTENDS Naturals, Sequences
VARIABLES queue, sent
Init == queue = <<>> /\ sent = 0
Send == sent < 3 /\ queue' = Append(queue, [id |-> sent, body |-> "m"]) /\ sent' = sent + 1
Recv == queue # <<>> /\ queue' = Tail(queue) /\ UNCHANGED sent
Next == Send \/ Recv
Ordered == \A i \in 1..Len(queue) - 1 : queue[i].id < queue[i + 1].id
====
