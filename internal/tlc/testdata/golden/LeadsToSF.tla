---- MODULE LeadsToSF ----
\* The same model with Grant strongly fair: P ~> Q holds.
EXTENDS Naturals
VARIABLES req, ok, busy
vars == <<req, ok, busy>>
Init == req = FALSE /\ ok = FALSE /\ busy = FALSE
Ask == ~req /\ req' = TRUE /\ UNCHANGED <<ok, busy>>
Grant == req /\ ~busy /\ ok' = TRUE /\ req' = FALSE /\ UNCHANGED busy
Toggle == busy' = ~busy /\ UNCHANGED <<req, ok>>
Next == Ask \/ Grant \/ Toggle
Spec == Init /\ [][Next]_vars /\ SF_vars(Grant) /\ WF_vars(Toggle)
Served == req ~> ok
====
