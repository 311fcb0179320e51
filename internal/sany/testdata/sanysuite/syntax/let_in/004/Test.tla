---- MODULE Test ----
op ==
  /\ LET M1 == INSTANCE M2 IN P
  /\ Q
====
