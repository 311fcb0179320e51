---- MODULE e047 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
TypeOK == x \in Nat /\ y \in [S -> Nat]
====
