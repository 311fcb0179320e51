---- MODULE Test ----
op == CHOOSE x : TRUE
====
