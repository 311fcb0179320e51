---- MODULE IncompleteSuccessor ----
\* One branch of an action forgets UNCHANGED for a variable, the most
\* common slip of specs translated from code: TLC prints the incomplete
\* successor, its variable null.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Inc == x < 2 /\ x' = x + 1 /\ y' = y
Reset == x = 2 /\ y' = y + 1
Next == Inc \/ Reset
====
