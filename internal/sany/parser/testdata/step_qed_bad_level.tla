---- MODULE step_qed_bad_level ----
THEOREM TRUE
<1>1. TRUE
<1>2. TRUE (* ERROR "QED step's number <0>3. has a bad level" *)
<0>3. QED
====
