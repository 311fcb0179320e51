---- MODULE Recursive ----
\* RECURSIVE operators and recursive functions.
EXTENDS Naturals
RECURSIVE SumTo(_)
SumTo(n) == IF n = 0 THEN 0 ELSE n + SumTo(n - 1)
fact[n \in 0..6] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
VARIABLES n, s
Init == n = 0 /\ s = 0
Next == n < 5 /\ n' = n + 1 /\ s' = SumTo(n + 1) + fact[n]
====
