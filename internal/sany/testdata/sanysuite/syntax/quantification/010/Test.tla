---- MODULE Test ----
op == CHOOSE <<x, y, z>> : FALSE
====
