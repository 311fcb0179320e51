---- MODULE B ----
CONSTANT Max
====
