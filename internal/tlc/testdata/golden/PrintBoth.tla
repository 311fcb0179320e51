---- MODULE PrintBoth ----
\* Print prints both of its arguments; values longer than 80 characters
\* are laid out over lines. (With a violation, TLC prints again while it
\* rebuilds the trace: a spec that prints and fails is not a golden one.)
EXTENDS Integers, TLC
VARIABLES procs, step
Procs == 1..7
Init == /\ procs = [p \in Procs |-> [state |-> "idle", ballot |-> 0]]
        /\ step = 0
Next == /\ step < 2
        /\ Print(<<"step", step>>, TRUE)
        /\ PrintT(procs)
        /\ step' = step + 1
        /\ procs' = [procs EXCEPT ![1].ballot = @ + 1]
Inv == procs[1].ballot = step
====
