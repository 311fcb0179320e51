---- MODULE EventuallyFair ----
\* <>P under WF holds.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Done == <>(x = 2)
====
