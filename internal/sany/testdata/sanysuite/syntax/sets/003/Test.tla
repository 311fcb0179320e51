---- MODULE Test ----

op == {<<x, y>> \in Nat}

====
