---- MODULE Test ----
op == [A]_M(S)!vars
====
