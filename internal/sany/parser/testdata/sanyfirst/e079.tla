---- MODULE e079 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == x (* unclosed
====
