---- MODULE d072 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == \A x : lab:: x
====
