---- MODULE TypeOKInit ----
\* TypeOK is false in an initial state.
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..3 /\ y = "idle"
Next == UNCHANGED <<x, y>>
TypeOK == x \in 0..2 /\ y \in {"idle", "busy"}
====
