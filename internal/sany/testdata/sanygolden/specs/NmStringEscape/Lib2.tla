---- MODULE Lib2 ----
Max(a, b) == a
Twice(n) == n
====
