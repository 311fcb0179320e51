---- MODULE d095 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == x \in Nat \ {0}
====
