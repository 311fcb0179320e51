---- MODULE Test ----
PROPOSITION x == TRUE
====
