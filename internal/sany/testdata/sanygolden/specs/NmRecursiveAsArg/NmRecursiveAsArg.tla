---- MODULE NmRecursiveAsArg ----
EXTENDS Naturals
CONSTANTS Procs, F(_)
VARIABLES x, f
vars == <<x, f>>
Init == x = 0 /\ f = [p \in Procs |-> 0]
Next == x' = x + 1 /\ UNCHANGED f
RECURSIVE Sum(_)
Sum(n) == IF n = 0 THEN 0 ELSE n + Sum(n - 1)
Ap(G(_), v) == G(v)
B == Ap(Sum, 3)
Spec == Init /\ [][Next]_vars
====
