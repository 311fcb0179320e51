---- MODULE step_outside ----
USE (* ERROR "step number <1>1 used outside a proof" *) <1>1
====
