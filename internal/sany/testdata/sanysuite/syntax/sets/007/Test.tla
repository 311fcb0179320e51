---- MODULE Test ----
op == {f(x, y, z) : x \in Int, y, z \in Real}
====
