---- MODULE e082 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == [x EXCEPT !.a.b = 2]
====
