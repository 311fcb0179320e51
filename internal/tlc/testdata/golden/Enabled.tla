---- MODULE Enabled ----
\* ENABLED in an invariant.
EXTENDS Naturals
VARIABLE x
Inc == x < 3 /\ x' = x + 1
Reset == x = 3 /\ x' = 0
Init == x = 0
Next == Inc \/ Reset
Live == ENABLED Inc \/ ENABLED Reset
NotStuck == x < 3 => ENABLED Inc
====
