---- MODULE Test ----
EXTENDS M1, M2, M3
====
