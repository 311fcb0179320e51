---- MODULE e012 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
THEOREM T == x = x
PROOF OBVIOUS
====
