---- MODULE HigherOrder ----
EXTENDS Naturals, Sequences

CONSTANTS Procs, MaxVal

VARIABLES val, round

vars == <<val, round>>

Max(S) == CHOOSE m \in S : \A n \in S : n <= m
FoldSet(Op(_, _), base, S) ==
    LET RECURSIVE F(_)
        F(T) == IF T = {} THEN base
                ELSE LET x == CHOOSE y \in T : TRUE IN Op(x, F(T \ {x}))
    IN F(S)
Sum(S) == FoldSet(+, 0, S)
Apply(F(_), x) == F(x)
Twice(F(_), x) == F(F(x))
Inc(n) == n + 1
IsSmall(n) == n < MaxVal

TypeOK ==
    /\ val \in [Procs -> 0..MaxVal]
    /\ round \in Nat

Init ==
    /\ val = [p \in Procs |-> 0]
    /\ round = 0

Step(p) ==
    /\ IsSmall(val[p])
    /\ val' = [val EXCEPT ![p] = Apply(Inc, @)]
    /\ round' = round + 1

Next == \E round \in Procs : Step(round)

Spec == Init /\ [][Next]_vars

Total == Sum({val[p] : p \in Procs})
====
