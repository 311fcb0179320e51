---- MODULE Test ----
THEOREM TRUE
<*>abc 1
<*>def QED
====
