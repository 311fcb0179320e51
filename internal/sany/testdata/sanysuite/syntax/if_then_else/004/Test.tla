---- MODULE Test ----
op ==
  \/  IF 1
      THEN 2
      ELSE 3
  \/ 4
====
