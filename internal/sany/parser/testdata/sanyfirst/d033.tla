---- MODULE d033 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == x \in S \cup T \cap U
====
