---- MODULE p005 ----
THEOREM TRUE
<2>1. TRUE
  <1>1. TRUE
  <1>2. QED
<2>2. QED
====
