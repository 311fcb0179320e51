---- MODULE Test ----
op == {x \in S : x \in T}
====
