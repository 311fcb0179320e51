---- MODULE Test ----
op ==
  \/ LET RECURSIVE f IN P
  \/ Q
====
