---- MODULE NmLetDuplicate ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
B == LET a == 1
         a == 2 IN a
Spec == Init /\ [][Next]_vars
====
