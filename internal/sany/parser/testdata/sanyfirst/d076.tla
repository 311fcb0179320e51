---- MODULE d076 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == [A]_<<x, y>>
====
