---- MODULE Test ----
USE x, 1 + 3
HIDE DEFS -., *, ^+
USE x DEF z, x
====
