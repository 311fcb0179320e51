---- MODULE Test ----
THEOREM TRUE
====
