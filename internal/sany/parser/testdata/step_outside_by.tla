---- MODULE step_outside_by ----
THEOREM T == TRUE BY (* ERROR "used outside a proof" *) <1>1
====
