It is an error if a recursive operator is declared but not defined.
---- MODULE E4291_Test ----
RECURSIVE op
====

