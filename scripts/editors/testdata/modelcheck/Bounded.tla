---- MODULE Bounded ----
\* The editors' model-checking scenarios: Small claims the counter stays
\* below Max, but Incr takes it to Max in three steps; Decr is never enabled.
EXTENDS Naturals
CONSTANT Max
VARIABLE count
vars == <<count>>
TypeOK == count \in 0..Max
Init == count = 0
Incr == count < Max /\ count' = count + 1
Reset == count = Max /\ count' = 0
Decr == count > Max /\ count' = count - 1
Next == Incr \/ Reset \/ Decr
Spec == Init /\ [][Next]_vars
Small == count < Max
====
