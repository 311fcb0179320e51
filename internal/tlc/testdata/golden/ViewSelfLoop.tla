---- MODULE ViewSelfLoop ----
EXTENDS Naturals
\* A step into the state's own class under VIEW changes the state: TLC
\* counts it as Next taken, so the fair behaviour repeats it forever and
\* never reaches x = 1.
VARIABLES x, h
vars == <<x, h>>
Init == x = 0 /\ h = 0
Next == h' = h + 1 /\ UNCHANGED x
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
View == x
P == <>(x = 1)
====
