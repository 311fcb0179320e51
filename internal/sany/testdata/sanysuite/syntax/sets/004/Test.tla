---- MODULE Test ----
op == {
  TRUE,
  FALSE,
  ((1 + 2) * 3),
  {1,2,3}
}
====
