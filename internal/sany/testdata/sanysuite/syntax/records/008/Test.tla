---- MODULE Test ----
op ==
  /\ 1
  /\ foo.bar 

====
