---- MODULE Test ----
op == f ( - )
====
