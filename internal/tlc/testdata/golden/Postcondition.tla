---- MODULE Postcondition ----
\* POSTCONDITION: evaluated once the search is done, with TLCGet
\* answering the final statistics; false, it fails the model.
EXTENDS Integers, TLC
VARIABLE x
Init == x \in 0..1
Next == x < 3 /\ x' = x + 1
Counts == /\ TLCGet("distinct") = 4
          /\ TLCGet("generated") = 5
          /\ TLCGet("diameter") = 3
          /\ TLCGet("stats").initial = 2
          /\ TLCGet("stats").queue = 0
Wrong == TLCGet("stats").distinct > 4
====
