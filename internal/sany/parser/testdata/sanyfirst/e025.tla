---- MODULE e025 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
A(_ + _) == 1
====
