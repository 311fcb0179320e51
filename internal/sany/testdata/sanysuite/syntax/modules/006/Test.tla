---- MODULE Test ----
---- MODULE Inner ----
====
THEOREM T == TRUE
====
