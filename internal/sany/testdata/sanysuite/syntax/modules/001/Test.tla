---- MODULE Test ----
====
