---- MODULE e009 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
I(k) == INSTANCE Naturals WITH x <- k
====
