---- MODULE d017 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == LET x == 1 IN LET y == 2 IN x
====
