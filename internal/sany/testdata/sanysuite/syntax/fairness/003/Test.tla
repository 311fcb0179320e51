---- MODULE Test ----
op == WF_vars(x)
====
