---- MODULE Test ----
op == Nat
op == Int
op == Real
====
