---- MODULE e020 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
USE DEF A
A == 1
====
