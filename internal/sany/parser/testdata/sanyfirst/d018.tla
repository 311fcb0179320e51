---- MODULE d018 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == \A x \in S, y \in T : x = y
====
