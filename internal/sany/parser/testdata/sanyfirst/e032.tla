---- MODULE e032 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Init == x = 0;
Next == x' = x + 1
====
