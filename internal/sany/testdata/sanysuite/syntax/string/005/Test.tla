---- MODULE Test ----
op == "(*"
====
