---- MODULE Test ----
r == [a EXCEPT !.a.b.c = @, !.b.x = 5]
====
