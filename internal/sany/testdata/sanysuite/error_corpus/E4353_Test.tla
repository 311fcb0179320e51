If a proof goal is of temporal level, CASE steps must have constant level.
---- MODULE E4353_Test ----
VARIABLE v
THEOREM []v
PROOF
<1> CASE v
<1> QED
====

