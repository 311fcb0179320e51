---- MODULE ParamChan ----
\* Instanced with a parameter by ParamInstance.
EXTENDS Naturals
VARIABLE val
Init == val = 0
Next == val' = val + 1
Spec == Init /\ [][Next]_val
Live == <>(val = 3)
====
