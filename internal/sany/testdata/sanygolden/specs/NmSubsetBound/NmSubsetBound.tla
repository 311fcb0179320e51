---- MODULE NmSubsetBound ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
B == \A s \in SUBSET Procs : s \subseteq Procs
Spec == Init /\ [][Next]_vars
====
