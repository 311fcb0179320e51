---- MODULE SFails ----
\* []<>P under SF violated: the strongly fair action is never enabled
\* on the cycle, so fairness does not help.
EXTENDS Naturals
VARIABLES x, done
vars == <<x, done>>
Init == x = 0 /\ done = FALSE
Spin == x' = 1 - x /\ UNCHANGED done
Finish == x = 2 /\ done' = TRUE /\ UNCHANGED x
Next == Spin \/ Finish
Spec == Init /\ [][Next]_vars /\ SF_vars(Finish) /\ WF_vars(Spin)
EventuallyDone == []<>done
====
