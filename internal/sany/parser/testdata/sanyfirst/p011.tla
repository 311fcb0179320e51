---- MODULE p011 ----
THEOREM TRUE
<1>1. TRUE
  PROOF <*>1. TRUE
  <*>2. QED
<1>2. QED
====
