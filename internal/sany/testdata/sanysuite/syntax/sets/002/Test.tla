---- MODULE Test ----

op == {x \in Nat}
op == {x \in BOOLEAN, y \in STRING}

====
