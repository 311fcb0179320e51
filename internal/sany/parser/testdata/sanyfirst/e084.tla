---- MODULE e084 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == [x EXCEPT ![1] = 2, ![2] = 3]
====
