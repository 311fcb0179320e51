---- MODULE p000 ----
THEOREM TRUE
<*>1. TRUE
<*>2. QED
====
