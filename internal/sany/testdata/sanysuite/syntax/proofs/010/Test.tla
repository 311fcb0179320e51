---- MODULE Test ----
THEOREM TRUE
PROOF
  <1>a TRUE
  <1>b QED BY <*>a
====
