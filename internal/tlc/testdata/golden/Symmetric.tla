---- MODULE Symmetric ----
EXTENDS TLC
CONSTANT Procs
VARIABLE x
Init == x \in [Procs -> {0, 1}]
Next == \E p \in Procs : x[p] = 0 /\ x' = [x EXCEPT ![p] = 1]
Perms == Permutations(Procs)
====
