---- MODULE Test ----
op ==
  LET
    x ==
      /\ 1
      /\ 2
        IN 3
====
