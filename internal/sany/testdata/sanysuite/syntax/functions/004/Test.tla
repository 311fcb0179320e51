---- MODULE Test ----
op == [n \in Nat |-> 2*n]
====
