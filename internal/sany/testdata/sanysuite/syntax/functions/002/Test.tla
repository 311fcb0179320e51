---- MODULE Test ----
op == f[1,2,3]
====
