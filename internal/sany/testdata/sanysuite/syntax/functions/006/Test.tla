---- MODULE Test ----
op == [Nat -> [Nat -> Real]]
====
