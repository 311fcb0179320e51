---- MODULE LvIfTemporal ----
EXTENDS Naturals, Sequences, FiniteSets
CONSTANTS N, S
VARIABLES x, y, f
vars == <<x, y, f>>
P == x > 0
A == x' = x + 1 /\ UNCHANGED <<y, f>>
Init == x = 0 /\ y = 0 /\ f = [i \in S |-> 0]
Next == A \/ (y' = y + 1 /\ UNCHANGED <<x, f>>)
B == IF []P THEN <>P ELSE P
Spec == Init /\ [][Next]_vars /\ WF_vars(A)
====
