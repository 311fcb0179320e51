---- MODULE StringOrder ----
\* TLC orders strings by UniqueString number. SANY's parser numbers every
\* identifier as it reads the modules (this one, then Naturals, whose
\* operators take parameters a and b); a string literal is numbered later,
\* by semantic analysis, unless an identifier spells it. Here b (below)
\* comes before a (Naturals): "b" < "a", so CHOOSE picks "b" and the
\* process set prints b first.
EXTENDS Naturals
VARIABLES x, owner
Procs == {"a", "b"}
Init == x = (CHOOSE p \in Procs : TRUE) /\ owner = [q \in Procs |-> 0]
Next == \E b \in 1..2 : owner' = [owner EXCEPT ![x] = b] /\ UNCHANGED x
Inv == x = "a" \/ owner[x] = 0
====
