---- MODULE d024 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == [r EXCEPT !.a = 1, ![2].b = @ + 1]
====
