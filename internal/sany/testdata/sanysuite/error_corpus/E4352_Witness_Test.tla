If a proof goal is of temporal level, WITNESS steps must have constant level.
---- MODULE E4352_Witness_Test ----
VARIABLE v
THEOREM []v
PROOF
<1> WITNESS v
<1> QED
====

