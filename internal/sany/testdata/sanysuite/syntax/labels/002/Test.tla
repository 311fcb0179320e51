---- MODULE Test ----
op == \A a, b \in Nat : lbl(a, b) :: P(a, b)
====
