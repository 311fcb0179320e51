---- MODULE Clock12 ----
\* A clock h refines HourClock through an INSTANCE that renames hr to h;
\* a clock that skips hours does not.
EXTENDS Naturals
VARIABLE h
Init == h \in 1..12
Tick == h' = IF h # 12 THEN h + 1 ELSE 1
Skip == h' = IF h < 11 THEN h + 2 ELSE 1
Spec == Init /\ [][Tick]_h /\ WF_h(Tick)
SpecNoFair == Init /\ [][Tick]_h
SkipSpec == Init /\ [][Skip]_h /\ WF_h(Skip)
HCl == INSTANCE HourClock WITH hr <- h
Refines == HCl!HC
====
