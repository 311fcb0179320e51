---- MODULE Test ----
op == "\*"
====
