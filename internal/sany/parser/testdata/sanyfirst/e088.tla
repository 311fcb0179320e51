---- MODULE e088 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == Seq(S)
====
