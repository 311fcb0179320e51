---- MODULE PropertyNames ----
\* The safety parts of a PROPERTY are named as TLC names them: []TypeOK
\* by TypeOK, a conjunct of a conjunction by its range.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
TypeOK == x \in 0..5
Safety == []TypeOK /\ [](x < 3)
====
