---- MODULE d013 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == CASE a -> CASE b -> 1 [] c -> 2 [] d -> 3
====
