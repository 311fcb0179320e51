---- MODULE d065 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == ∀ x ∈ S : x ≥ 1 ∧ x ≠ 2
====
