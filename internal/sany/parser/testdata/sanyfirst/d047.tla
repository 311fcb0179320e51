---- MODULE d047 ----
VARIABLES x, y, z
CONSTANTS a, b, c, d, S, T, U, P, f, r
A == /\ IF a THEN b
        ELSE c
   /\ d
====
