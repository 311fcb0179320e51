---- MODULE Test ----
op == -. (1)
op == - (1)
op == - 1 - 2
====
