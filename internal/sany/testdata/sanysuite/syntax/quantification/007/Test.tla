---- MODULE Test ----
op == CHOOSE x \in Nat : TRUE
====
