---- MODULE NmLabel ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
B == lbl :: x = 1
C == B!lbl
Spec == Init /\ [][Next]_vars
====
