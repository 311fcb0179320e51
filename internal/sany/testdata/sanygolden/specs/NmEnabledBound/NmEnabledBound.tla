---- MODULE NmEnabledBound ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
B == \E p \in Procs : ENABLED (f'[p] = 1)
Spec == Init /\ [][Next]_vars
====
