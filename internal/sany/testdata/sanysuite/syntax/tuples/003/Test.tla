---- MODULE Test ----
op == <<x, y, z>> 
====
