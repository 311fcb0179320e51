---- MODULE e027 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
-. a == 0 - a
B == -. 1
====
