---- MODULE NextNotBoolean ----
\* A conjunct of Next that is not a boolean: TLC names the conjunct and
\* the value it found instead.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == /\ x < 3
        /\ IF x = 2 THEN x + 1 ELSE TRUE
        /\ x' = x + 1
====
