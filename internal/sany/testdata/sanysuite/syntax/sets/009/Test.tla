---- MODULE Test ----
op == {x \in Nat, y \in Int : P(x, y)}
====
