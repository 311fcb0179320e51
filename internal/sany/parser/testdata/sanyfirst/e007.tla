---- MODULE e007 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
INSTANCE Naturals
====
