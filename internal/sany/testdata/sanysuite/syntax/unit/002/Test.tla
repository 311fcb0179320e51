---- MODULE Test ----
CONSTANT x, y, z
CONSTANTS f(_, _), _+_, -._, _^+
====
