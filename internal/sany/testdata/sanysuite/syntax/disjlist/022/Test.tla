---- MODULE Test ----
op ==
  \/ 1
  \/ {}
====
