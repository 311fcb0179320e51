---- MODULE step_star_top ----
THEOREM TRUE
<*>1. TRUE
<1>2. QED (* ERROR "expected a proof step, found \"====\"" *)
====
