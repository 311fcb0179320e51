---- MODULE Channel ----
\* A module instantiated with substitution (by Instance.tla).
EXTENDS Naturals
CONSTANT Cap
VARIABLE buf
CInit == buf = 0
Put == buf < Cap /\ buf' = buf + 1
Get == buf > 0 /\ buf' = buf - 1
====
