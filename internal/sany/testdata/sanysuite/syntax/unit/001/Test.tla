---- MODULE Test ----
VARIABLE a, b, c
VARIABLES x, y, z
====
