---- MODULE e089 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == SUBSET S \ {}
====
