---- MODULE e023 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A(_) == 1
====
