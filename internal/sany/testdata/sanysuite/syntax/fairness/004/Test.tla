---- MODULE Test ----
op == SF_vars(x)
====
