---- MODULE e006 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
LOCAL A == 1
B == A
====
