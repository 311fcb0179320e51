---- MODULE SymmetrySelfLoop ----
EXTENDS Naturals, TLC
\* Swap steps into a symmetric copy of the state: one class, but a real
\* step, which WF_f(Swap) lets the behaviour repeat forever.
CONSTANTS Procs
VARIABLES f
Init == f \in {g \in [Procs -> {0, 1}] : \E p, q \in Procs : g[p] = 0 /\ g[q] = 1}
Swap == f' = [p \in Procs |-> 1 - f[p]]
Spec == Init /\ [][Swap]_f /\ WF_f(Swap)
Sym == Permutations(Procs)
Never == <>(\A p \in Procs : f[p] = 1)
====
