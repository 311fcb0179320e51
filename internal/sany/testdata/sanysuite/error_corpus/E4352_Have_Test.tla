If a proof goal is of temporal level, HAVE steps must have constant level.
---- MODULE E4352_Have_Test ----
VARIABLE v
THEOREM []v
PROOF
<1> HAVE v
<1> QED
====

