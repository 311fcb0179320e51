---- MODULE SymmetryViolation ----
\* An invariant violated under SYMMETRY: TLC's trace and counts.
EXTENDS Naturals, TLC
CONSTANT Procs
VARIABLES pc, count
Init == pc = [p \in Procs |-> "idle"] /\ count = 0
Enter(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "crit"] /\ count' = count + 1
Leave(p) == pc[p] = "crit" /\ pc' = [pc EXCEPT ![p] = "idle"] /\ count' = count - 1
Next == \E p \in Procs : Enter(p) \/ Leave(p)
Mutex == count <= 1
Perms == Permutations(Procs)
====
