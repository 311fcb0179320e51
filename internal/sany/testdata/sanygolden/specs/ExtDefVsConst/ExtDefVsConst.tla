---- MODULE ExtDefVsConst ----
EXTENDS A, B
X == 1
====
