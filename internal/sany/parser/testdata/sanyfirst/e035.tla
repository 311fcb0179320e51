---- MODULE e035 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == x' = x + 1 and y' = y
====
