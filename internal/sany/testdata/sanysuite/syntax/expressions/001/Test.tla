---- MODULE Test ----
op == ((((x))))
====
