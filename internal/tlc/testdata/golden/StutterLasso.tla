---- MODULE StutterLasso ----
\* <>[]P violated by a cycle of real steps: "Back to state".
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Settles == <>[](x = 2)
====
