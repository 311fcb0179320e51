---- MODULE TypeMismatch ----
\* A string compared with an integer in an invariant, and a function
\* over strings applied to an integer: TLC's equality messages.
EXTENDS Naturals
VARIABLES state, count
Init == state = "idle" /\ count = 0
Next == \/ state = "idle" /\ state' = "busy" /\ count' = count + 1
        \/ state = "busy" /\ state' = IF count < 2 THEN "idle" ELSE 3 /\ count' = count
Safe == state # 0
====
