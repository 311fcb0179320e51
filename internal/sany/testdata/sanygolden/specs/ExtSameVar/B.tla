---- MODULE B ----
VARIABLE V
====
