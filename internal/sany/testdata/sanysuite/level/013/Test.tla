---- MODULE Test ----
CONSTANT c
VARIABLE x
op == □(x')
====