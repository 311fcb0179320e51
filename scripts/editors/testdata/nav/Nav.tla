-------------------------------- MODULE Nav ---------------------------------
EXTENDS NavLib, FiniteSets
VARIABLE count
TypeOK == count \in Nat
Init == count = 0
Step == count' = Double(count)
Size == Cardinality({count})
Next == Step
Spec == Init /\ [][Next]_count
=============================================================================
