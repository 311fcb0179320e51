---- MODULE d019 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == \E <<x, y>> \in S : x
====
