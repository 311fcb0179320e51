---- MODULE Test ----
op == .5
====
