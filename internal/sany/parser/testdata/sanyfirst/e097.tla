---- MODULE e097 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == <<1,2>> \o <<3>>
====
