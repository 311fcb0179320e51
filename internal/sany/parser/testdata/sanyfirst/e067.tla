---- MODULE e067 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
P == "abc" \o "def"
====
