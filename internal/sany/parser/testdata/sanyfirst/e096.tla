---- MODULE e096 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == x-1
====
