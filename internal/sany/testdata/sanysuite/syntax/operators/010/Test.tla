---- MODULE Test ----
op == A & -B
====
