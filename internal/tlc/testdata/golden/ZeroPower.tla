---- MODULE ZeroPower ----
\* 0^0 is undefined for TLC (Naturals.Expt): an error, not 1, met on
\* the third state.
EXTENDS Naturals
VARIABLE x
Init == x = 2
Next == \/ x > 0 /\ x' = x - 1
        \/ x = 0 /\ x^x = 1 /\ x' = x
====
