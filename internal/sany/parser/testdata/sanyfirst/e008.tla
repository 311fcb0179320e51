---- MODULE e008 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
N == INSTANCE Naturals
====
