---- MODULE Test ----
Nat == {}
op == A!Nat
Int == {}
op == A!Int
Real == {}
op == A!Real
====
