---- MODULE Test ----
op ==
  \/ LET x == 1 IN 2
  \/ 3
====
