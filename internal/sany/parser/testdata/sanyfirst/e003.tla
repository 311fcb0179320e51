---- MODULE e003 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
CONSTANT _ ++ _
A == 1
====
