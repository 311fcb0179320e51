---- MODULE LongRecordField ----
\* A misspelt field of a record too long for one line: TLC's message
\* prints the record over lines.
EXTENDS Integers, TLC
VARIABLE req
Init == req = [client |-> "alice", method |-> "PUT", path |-> "/v1/items/42", retries |-> 0, status |-> "pending"]
Next == /\ req.retries < 1
        /\ req' = [req EXCEPT !.retries = @ + 1, !.status = "sent"]
Inv == req.retry <= 3
====
