---- MODULE AssertInvariant ----
\* An Assert that fails in an action is an assertion failure (TLC's
\* exit status 14, a safety failure); in an invariant it is an error in
\* evaluating the invariant (exit status 76).
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == Assert(x < 2, "x reached 2")
====
