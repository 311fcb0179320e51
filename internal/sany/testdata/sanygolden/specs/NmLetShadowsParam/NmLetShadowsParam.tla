---- MODULE NmLetShadowsParam ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
B(p) == LET p == 1 IN p
Spec == Init /\ [][Next]_vars
====
