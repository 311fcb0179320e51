---- MODULE Test ----
op == f(\X, \times)
====
