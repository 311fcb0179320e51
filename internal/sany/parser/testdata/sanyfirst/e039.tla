---- MODULE e039 ----
EXTENDS Naturals, Sequences
VARIABLES x, y
CONSTANTS S, T
Next == x' = x + 1 /\ UNCHANGED <<y>>

Spec == Init /\ [][Next]_<<x, y>>
====
