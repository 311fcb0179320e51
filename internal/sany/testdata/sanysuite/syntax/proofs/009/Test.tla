---- MODULE Test ----
COROLLARY TRUE
PROOF <1>a QED BY <1>a, <1>b
====
