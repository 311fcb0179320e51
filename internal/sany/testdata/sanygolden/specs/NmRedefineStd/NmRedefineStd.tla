---- MODULE NmRedefineStd ----
EXTENDS Naturals, Sequences
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
Len(s) == 0
Spec == Init /\ [][Next]_vars
====
