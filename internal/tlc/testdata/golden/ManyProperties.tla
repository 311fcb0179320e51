---- MODULE ManyProperties ----
\* Liveness properties: TLC names every property its
\* counterexample violates (here not the second, which the lasso meets).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
P1 == <>(x = 5)
P2 == <>[](x = 2)
P3 == []<>(x = 0)
====
