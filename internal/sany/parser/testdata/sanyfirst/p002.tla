---- MODULE p002 ----
THEOREM TRUE
<+>1. TRUE
<*>2. QED
====
