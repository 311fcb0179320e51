---- MODULE B ----
Th == 1
====
