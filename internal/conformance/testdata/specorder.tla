\* The box before Init, and a non-fairness conjunct: both rejected.
---- MODULE SpecOrder ----
VARIABLE x
vars == <<x>>
TypeOK == x \in {0, 1}
Init == x = 0
Next == x' = 1 - x
Spec (* WARNING "Spec should be Init /\\ [][Next]_vars" *) == [][Next]_vars /\ Init
====
