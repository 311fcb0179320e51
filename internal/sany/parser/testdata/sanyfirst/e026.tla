---- MODULE e026 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
a ++ b == a + b
B == 1 ++ 2
====
