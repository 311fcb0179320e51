---- MODULE Level ----
\* TLCGet("level"): 0 in ASSUME and Init, a state's breadth-first depth
\* in constraints, actions and invariants.
EXTENDS Naturals, TLC
VARIABLES x, seen
ASSUME TLCGet("level") = 0
Init == x = 0 /\ seen = TLCGet("level")
Next == \/ x' = x + 1 /\ seen' = TLCGet("level")
        \/ x' = x + 2 /\ seen' = seen
Bounded == TLCGet("level") < 6
Moved == seen < TLCGet("level")
Depth == TLCGet("level") <= 4 \/ x >= 5
====
