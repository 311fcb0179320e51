---- MODULE d012 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == CASE a -> 1 [] b -> 2 [] OTHER -> 3
====
