---- MODULE ExtDefVsThm ----
EXTENDS A, B
X == 1
====
