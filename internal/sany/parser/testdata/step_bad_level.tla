---- MODULE step_bad_level ----
THEOREM TRUE
<2>1. TRUE (* ERROR "step's number <1>1. has a bad level" *)
  <1>1. TRUE
  <1>2. QED
<2>2. QED
====
