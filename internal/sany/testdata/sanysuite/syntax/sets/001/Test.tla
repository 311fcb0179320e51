---- MODULE Test ----
op == { }
====
