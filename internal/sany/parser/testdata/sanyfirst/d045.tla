---- MODULE d045 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == WF_x(A) /\ SF_<<x, y>>(B)
====
