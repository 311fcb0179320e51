---- MODULE d053 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == [a : S, b : T]
====
