---- MODULE Clock0 ----
\* A clock counting 0..11 refines HourClock with 12 shown as 0: the
\* INSTANCE substitutes an expression for hr, so the weak fairness of
\* HourClock's step is decided over HourClock's own variable, as TLC does.
EXTENDS Naturals
VARIABLE h
Init == h \in 0..11
Tick == h' = (h + 1) % 12
Spec == Init /\ [][Tick]_h /\ WF_h(Tick)
SpecNoFair == Init /\ [][Tick]_h
HCl == INSTANCE HourClock WITH hr <- IF h = 0 THEN 12 ELSE h
Refines == HCl!HC
====
