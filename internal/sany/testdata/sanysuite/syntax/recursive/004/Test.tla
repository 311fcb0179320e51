---- MODULE Test ----
RECURSIVE f(_), g(_)
====
