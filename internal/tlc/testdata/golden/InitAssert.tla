---- MODULE InitAssert ----
\* An Assert that fails in the initial predicate: TLC reports an
\* evaluation error.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 1} /\ Assert(x = 0, <<"bad init", x>>)
Next == x < 3 /\ x' = x + 1
====
