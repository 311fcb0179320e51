---- MODULE ModelValues ----
\* Model values: a set of them as a CONSTANT, one alone, equality only.
CONSTANTS Procs, NoProc
VARIABLE owner
Init == owner = NoProc
Next == \/ owner = NoProc /\ \E p \in Procs : owner' = p
        \/ owner # NoProc /\ owner' = NoProc
TypeOK == owner \in Procs \cup {NoProc}
====
