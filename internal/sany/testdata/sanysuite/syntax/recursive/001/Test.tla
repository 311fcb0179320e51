---- MODULE Test ----
RECURSIVE f(_)
====
