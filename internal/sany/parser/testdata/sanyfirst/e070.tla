---- MODULE e070 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == x->y
====
