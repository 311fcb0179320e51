If a proof goal is of temporal level, TAKE steps must have constant level.
---- MODULE E4352_Take_Test ----
VARIABLE v
THEOREM []v
PROOF
<1> TAKE x \in v
<1> QED
====

