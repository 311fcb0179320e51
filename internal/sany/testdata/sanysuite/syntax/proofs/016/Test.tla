---- MODULE Test ----
COROLLARY TRUE
<+> 1
<0> 2
<*> 3
<0> 4
<*> 5
<0> QED
====
