---- MODULE e080 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == x \* comment at end
====
