---- MODULE d052 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == [a |-> 1, b |-> 2].a
====
