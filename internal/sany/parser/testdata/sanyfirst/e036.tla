---- MODULE e036 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == x' = x + 1 && y' = y
====
