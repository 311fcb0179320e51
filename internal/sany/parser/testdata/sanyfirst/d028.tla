---- MODULE d028 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == CHOOSE x : x > 1
====
