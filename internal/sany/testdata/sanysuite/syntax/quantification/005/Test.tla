---- MODULE Test ----
op == \A <<>> \in STRING : TRUE
====
