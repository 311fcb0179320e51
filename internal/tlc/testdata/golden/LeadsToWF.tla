---- MODULE LeadsToWF ----
\* P ~> Q under weak fairness: violated because Grant is only
\* weakly fair and Revoke keeps disabling it.
EXTENDS Naturals
VARIABLES req, ok, busy
vars == <<req, ok, busy>>
Init == req = FALSE /\ ok = FALSE /\ busy = FALSE
Ask == ~req /\ req' = TRUE /\ UNCHANGED <<ok, busy>>
Grant == req /\ ~busy /\ ok' = TRUE /\ req' = FALSE /\ UNCHANGED busy
Toggle == busy' = ~busy /\ UNCHANGED <<req, ok>>
Next == Ask \/ Grant \/ Toggle
Spec == Init /\ [][Next]_vars /\ WF_vars(Grant) /\ WF_vars(Toggle)
Served == req ~> ok
====
