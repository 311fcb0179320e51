---- MODULE e022 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A == 1
HIDE DEF A
====
