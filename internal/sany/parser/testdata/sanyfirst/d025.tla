---- MODULE d025 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == r.a.b[1]
====
