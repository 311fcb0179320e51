\* A conjunct after the box that is not a fairness condition.
---- MODULE SpecExtra ----
VARIABLE x
vars == <<x>>
TypeInvariant == x \in {0, 1}
Init == x = 0
Next == x' = 1 - x
Inv == x \in {0, 1}
Spec (* WARNING "Spec should be Init /\\ [][Next]_vars" *) == Init /\ [][Next]_vars /\ []Inv
====
