---- MODULE p004 ----
THEOREM TRUE
<1>1. TRUE
  <3>1. TRUE
  <3>2. QED
<1>2. QED
====
