---- MODULE e068 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == 'abc'
====
