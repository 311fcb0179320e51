---- MODULE LazyPrint ----
\* TLC prints a set it keeps lazily as its elements when it is small
\* (SUBSET of fewer than 7, sets of functions, records and tuples of
\* fewer than 2000, a union always), otherwise as written.
EXTENDS Naturals, Sequences
VARIABLES a, b, c, d, e, f, g
Fact[n \in 0..3] == IF n = 0 THEN 1 ELSE n * Fact[n - 1]
Init == /\ a = SUBSET {1, 2}
        /\ b = [{1, 2} -> {3}]
        /\ c = {1} \X {2, 3}
        /\ d = [k : {1}, l : {2, 3}]
        /\ e = UNION {{1, 2}, {2, 3}}
        /\ f = Fact
        /\ g = <<SUBSET (1..7), [1..4 -> 1..8]>>
Next == UNCHANGED <<a, b, c, d, e, f, g>>
Inv == f[3] = 5
====
