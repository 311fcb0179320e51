---- MODULE e111 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == /\ <<1
     >>
====
