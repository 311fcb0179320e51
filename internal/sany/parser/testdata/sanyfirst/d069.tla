---- MODULE d069 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A(x) == x
B == A(1)(2)
====
