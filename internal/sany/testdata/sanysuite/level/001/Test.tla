---- MODULE Test ----
CONSTANT c
VARIABLE x
op == \neg c
====