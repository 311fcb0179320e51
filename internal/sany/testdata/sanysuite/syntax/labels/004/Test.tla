---- MODULE Test ----
op == a * lab :: b + c
====
