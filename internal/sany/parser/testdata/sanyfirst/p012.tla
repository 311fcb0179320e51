---- MODULE p012 ----
THEOREM TRUE
<1>1. TRUE
  <2>1. TRUE
  <2>2. QED
<1>2. QED BY <2>1
====
