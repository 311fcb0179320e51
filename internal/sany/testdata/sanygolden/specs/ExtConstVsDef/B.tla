---- MODULE B ----
C == 1
====
