---- MODULE e072 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == x -> y
====
