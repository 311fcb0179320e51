---- MODULE Test ----
RECURSIVE f
====
