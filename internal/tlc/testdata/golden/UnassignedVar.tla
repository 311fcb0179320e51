---- MODULE UnassignedVar ----
\* A variable read before the action gives it its value (the order of
\* conjuncts matters to TLC): TLC's "identifier is undefined" message.
EXTENDS Naturals
VARIABLES count, total
Init == count = 0 /\ total = 0
Next == /\ count < 2
        /\ total' = total + count'
        /\ count' = count + 1
====
