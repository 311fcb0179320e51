---- MODULE NmForwardRef ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
B == C + 1
C == 2
Spec == Init /\ [][Next]_vars
====
