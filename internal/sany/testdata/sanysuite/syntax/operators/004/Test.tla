---- MODULE Test ----
op == f(LAMBDA x, y : x + y, LAMBDA x : 0)
====
