---- MODULE B ----
VARIABLE C
====
