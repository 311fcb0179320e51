---- MODULE e021 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A == 1
USE DEF A
====
