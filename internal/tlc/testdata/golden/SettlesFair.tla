---- MODULE SettlesFair ----
\* <>[]P and []<>ENABLED under WF hold.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Up == x < 3 /\ x' = x + 1
Next == Up \/ (x = 3 /\ UNCHANGED x)
Spec == Init /\ [][Next]_x /\ WF_x(Up)
Settles == <>[](x = 3)
NeverStuck == []<>(x = 3 \/ ENABLED Up)
====
