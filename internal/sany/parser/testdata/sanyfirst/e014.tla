---- MODULE e014 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
THEOREM x = x
<1>1. TRUE
<1>2. QED BY <1>1
====
