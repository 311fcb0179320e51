---- MODULE FcnOutOfDomain ----
\* A function built on 1..n is TLC's function, not a tuple: applied
\* outside its domain, the message names a function (a sequence names a
\* tuple index out of bounds); long values are laid out over lines.
EXTENDS Integers
VARIABLES procs, step
Procs == 1..7
Init == /\ procs = [p \in Procs |-> [state |-> "idle", ballot |-> 0]]
        /\ step = 0
Next == /\ step < 2
        /\ step' = step + 1
        /\ procs' = [procs EXCEPT ![1].ballot = @ + 1]
Inv == step < 2 \/ procs[8].state = "idle"
====
