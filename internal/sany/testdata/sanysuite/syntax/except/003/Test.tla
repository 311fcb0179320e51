---- MODULE Test ----
r == [a EXCEPT !.x.y.z = "b"]
====
