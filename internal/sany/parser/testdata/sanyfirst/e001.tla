---- MODULE e001 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
CONSTANT N
ASSUME N \in Nat
A == N
====
