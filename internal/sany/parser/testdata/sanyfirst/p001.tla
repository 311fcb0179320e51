---- MODULE p001 ----
THEOREM TRUE
<*>1. TRUE
<1>2. QED
====
