---- MODULE Test ----
op == CASE 1 -> 2
====
