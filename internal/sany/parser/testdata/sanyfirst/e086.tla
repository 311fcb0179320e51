---- MODULE e086 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == [x EXCEPT [1] = 2]
====
