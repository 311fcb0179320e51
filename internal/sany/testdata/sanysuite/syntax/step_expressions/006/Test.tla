---- MODULE Test ----
Prop == [][x \in {1, 2}]_x
====
