---- MODULE MissingField ----
\* A message record without the field an action reads (r.f), as specs
\* translated from code often have: TLC's RcdSelect message.
EXTENDS Naturals
VARIABLES msgs, acked
Init == msgs = {[type |-> "req", from |-> 1]} /\ acked = 0
Send == /\ acked < 2
        /\ msgs' = msgs \cup {[type |-> "ack", from |-> acked]}
        /\ acked' = acked + 1
Recv == \E m \in msgs : m.type = "ack" /\ m.term > 0 /\ UNCHANGED <<msgs, acked>>
Next == Send \/ Recv
====
