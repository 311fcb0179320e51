---- MODULE Test ----
HIDE X, Y
HIDE DEFS X, Y
====
