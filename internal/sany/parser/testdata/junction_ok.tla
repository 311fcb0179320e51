---- MODULE junction_ok ----
EXTENDS Naturals
VARIABLES x, y
J == /\ \/ x = 1
        \/ x = 2
     /\ y = 3
K == \A n \in Nat : n >= 0 => n + 1 > n
L == [x EXCEPT ![1].a = @ + 1, !.b = 2]
M == CASE x = 1 -> 2 [] OTHER -> 3
N == LET a ++ b == a + b IN 1 ++ 2
====
