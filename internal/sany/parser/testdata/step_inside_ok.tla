---- MODULE step_inside_ok ----
THEOREM T == TRUE
<1>1. TRUE
  BY <1>1
<1>2. TRUE
  <2>1. TRUE BY <1>1
  <2>. QED BY <2>1
<1>. QED BY <1>1, <1>2
====
