---- MODULE d031 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == \b101 + \o17 + \h1F
====
