---- MODULE Test ----
COROLLARY TRUE
PROOF <1>a QED BY <1>a!<<!>>!3!(x, y)!:!@, <1>a!<<!>>!3!(x, y)!:!@
====
