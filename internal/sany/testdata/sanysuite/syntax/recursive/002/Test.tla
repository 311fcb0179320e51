---- MODULE Test ----
RECURSIVE f(_)
f(x) == f(x)
====
