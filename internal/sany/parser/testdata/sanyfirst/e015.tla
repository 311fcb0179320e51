---- MODULE e015 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
THEOREM x = x
<1>1. TRUE
<2>1. TRUE
<1>2. QED
====
