---- MODULE e042 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == \A i : i
====
