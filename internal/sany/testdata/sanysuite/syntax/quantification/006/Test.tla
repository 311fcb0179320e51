---- MODULE Test ----
op == \A x : TRUE
op == \E x, y : FALSE
op == \AA x, y, z : TRUE
op == \EE x, y, z, w : FALSE
====
