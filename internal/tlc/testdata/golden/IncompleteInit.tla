---- MODULE IncompleteInit ----
\* An initial predicate that forgets a variable: TLC prints the state with
\* the variable null.
EXTENDS Naturals
VARIABLES x, y, z
Init == x = 0 /\ z = 1
Next == UNCHANGED <<x, y, z>>
====
