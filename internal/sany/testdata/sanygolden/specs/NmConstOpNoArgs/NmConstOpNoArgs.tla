---- MODULE NmConstOpNoArgs ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
B == F
Spec == Init /\ [][Next]_vars
====
