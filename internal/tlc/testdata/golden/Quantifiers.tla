---- MODULE Quantifiers ----
\* \A and \E, bounded and nested, in actions and invariants.
EXTENDS Naturals
VARIABLE v
Init == v \in [1..2 -> 0..1]
Next == \E i \in 1..2 : \E d \in {1, 2} : v[i] + d <= 3 /\ v' = [v EXCEPT ![i] = v[i] + d]
Inv == \A i \in 1..2 : \E n \in 0..3 : v[i] = n
====
