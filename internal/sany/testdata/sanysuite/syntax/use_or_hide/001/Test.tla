---- MODULE Test ----
USE X, Y
HIDE X
HIDE Y
====
