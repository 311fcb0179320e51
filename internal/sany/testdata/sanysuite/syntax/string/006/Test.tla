---- MODULE Test ----
op == STRING
====
