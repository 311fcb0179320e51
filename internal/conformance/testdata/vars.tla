\* vars leaves variables out; the draft's variable is missing.
\* expect-vars: term, voted_for, log, commit_index
---- MODULE Vars ---- (* WARNING@MODULE "no VARIABLE for the draft's state variable `commit_index`" *)
VARIABLES term, votedFor, log

vars (* WARNING "vars does not list the variables `votedFor`, `log`" *) == <<term>>

TypeOK == term \in {0}

Init == term = 0 /\ votedFor = 0 /\ log = <<>>

Next == term' = term /\ UNCHANGED <<votedFor, log>>

Spec == Init /\ [][Next]_vars
====
