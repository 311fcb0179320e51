---- MODULE Test ----
op == {x \in Nat : P(x)}
====
