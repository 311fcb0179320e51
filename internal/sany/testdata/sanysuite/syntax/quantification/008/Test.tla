---- MODULE Test ----
op == CHOOSE <<x, y, z>> \in S : FALSE
====
