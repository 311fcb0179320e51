---- MODULE Test ----
op == <<>> 
====
