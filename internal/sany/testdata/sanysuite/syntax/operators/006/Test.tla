---- MODULE Test ----
op == A!B!!!(x,y)
====
