---- MODULE e054 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Q == Append(<<>>, 1)
====
