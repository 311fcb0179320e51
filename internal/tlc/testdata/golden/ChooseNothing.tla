---- MODULE ChooseNothing ----
\* CHOOSE with nothing to choose: an evaluation error in an action.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = CHOOSE n \in 0..2 : n > x + 1
====
