---- MODULE Test ----
---- MODULE Inner ----
====
op == x
====
