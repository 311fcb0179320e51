---- MODULE e077 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == \* comment
  x
====
