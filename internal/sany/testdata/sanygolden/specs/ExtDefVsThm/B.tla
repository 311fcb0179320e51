---- MODULE B ----
THEOREM T == TRUE
====
