---- MODULE Test ----
op == {<<x, y, z>> \in Nat \X Int \X Real : P(x, y, z)}
====
