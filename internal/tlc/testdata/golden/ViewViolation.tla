---- MODULE ViewViolation ----
\* An invariant violated under VIEW (the step counter is left out).
EXTENDS Naturals
VARIABLES x, steps
Init == x = 0 /\ steps = 0
Next == \/ x < 3 /\ x' = x + 1 /\ steps' = steps + 1
        \/ x > 0 /\ x' = x - 1 /\ steps' = steps + 1
NoThree == x < 3
OnlyX == x
====
