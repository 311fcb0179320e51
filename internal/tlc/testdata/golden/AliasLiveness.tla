---- MODULE AliasLiveness ----
EXTENDS Naturals, TLC
\* TLC prints a liveness counterexample through the ALIAS too, each state
\* at its level in the trace.
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Live == <>(x = 2)
Alias == [y |-> x, lvl |-> TLCGet("level")]
====
