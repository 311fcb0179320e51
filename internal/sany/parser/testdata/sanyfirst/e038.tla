---- MODULE e038 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == x' != x
====
