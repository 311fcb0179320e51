---- MODULE TLCOps ----
\* The TLC module: :>, @@, Permutations, SortSeq, ToString, Print, Assert.
EXTENDS Naturals, Sequences, TLC
Cardinality(S) == LET f[T \in SUBSET S] == IF T = {} THEN 0 ELSE 1 + f[T \ {CHOOSE e \in T : TRUE}] IN f[S]
VARIABLES m, s
Init == m = (1 :> "one") /\ s = <<3, 1, 2>>
Next == /\ Len(s) > 0
        /\ m' = m @@ (Len(s) + 1 :> ToString(Head(s)))
        /\ s' = Tail(SortSeq(s, <))
        /\ Assert(Cardinality(Permutations({1, 2})) = 2, "two permutations")
====
