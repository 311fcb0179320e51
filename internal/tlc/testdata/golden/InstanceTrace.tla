---- MODULE InstanceTrace ----
\* Actions of an instance, with substitution, in a trace: TLC's labels.
EXTENDS Naturals
VARIABLES left, right
L == INSTANCE Channel WITH Cap <- 2, buf <- left
Move == L!Get /\ right' = right + 1
Init == L!CInit /\ right = 0
Next == \/ L!Put /\ UNCHANGED right
        \/ Move
Few == right < 2
====
