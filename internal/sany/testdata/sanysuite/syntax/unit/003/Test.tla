---- MODULE Test ----
op == f(10)
====
