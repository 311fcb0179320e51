---- MODULE Test ----
op ==
  IF
    /\ 1
    /\ 2
      THEN 3
      ELSE 4
====
