---- MODULE B ----
Max(a) == a
====
