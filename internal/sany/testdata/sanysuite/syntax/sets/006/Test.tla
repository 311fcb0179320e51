---- MODULE Test ----
op == {f(x) : x \in Nat}
====
