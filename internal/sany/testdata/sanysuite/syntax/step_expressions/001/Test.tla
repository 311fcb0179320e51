---- MODULE Test ----
op == [A]_<<x, y, z>>
====
