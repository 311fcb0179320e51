---- MODULE Test ----
RECURSIVE f(_), g, h(_, _, _), _+_, -. _, _ ^+
====
