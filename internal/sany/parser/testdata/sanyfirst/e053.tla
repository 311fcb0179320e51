---- MODULE e053 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Q == <<>>
L == Len(Q)
====
