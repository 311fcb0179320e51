---- MODULE NmRecFunction ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
Fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * Fact[n - 1]
Spec == Init /\ [][Next]_vars
====
