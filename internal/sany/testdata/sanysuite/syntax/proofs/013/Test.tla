---- MODULE Test ----
THEOREM TRUE
<1>a..... INSTANCE M
<1>b..... QED
====
