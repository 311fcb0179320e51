---- MODULE InfinitelyOften ----
\* []<>P violated by a cycle that avoids P, under WF.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x = 0 /\ x' = 1
        \/ x = 1 /\ x' = 2
        \/ x = 2 /\ x' = 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
OftenZero == []<>(x = 0)
====
