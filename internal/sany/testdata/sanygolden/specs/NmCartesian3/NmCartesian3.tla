---- MODULE NmCartesian3 ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
B == Procs \X Procs \X Procs
Spec == Init /\ [][Next]_vars
====
