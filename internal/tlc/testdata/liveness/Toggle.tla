---- MODULE Toggle ----
\* Finish is enabled only when x = 0, and Toggle flips x forever: Finish is
\* enabled infinitely often but not continuously, so weak fairness of
\* Finish does not make it happen and strong fairness does.
EXTENDS Naturals
VARIABLES x, done
vars == <<x, done>>
Init == x = 0 /\ done = FALSE
Flip == ~done /\ x' = 1 - x /\ UNCHANGED done
Finish == ~done /\ x = 0 /\ done' = TRUE /\ UNCHANGED x
Next == Flip \/ Finish
WeakSpec == Init /\ [][Next]_vars /\ WF_vars(Flip) /\ WF_vars(Finish)
StrongSpec == Init /\ [][Next]_vars /\ WF_vars(Flip) /\ SF_vars(Finish)
Done == <>done
====
