---- MODULE Functions ----
\* Functions: [S -> T], EXCEPT with @, DOMAIN, function definitions.
EXTENDS Naturals
VARIABLE f
Keys == {"a", "b"}
double[n \in 0..4] == 2 * n
Init == f \in [Keys -> 0..1]
Next == \E k \in DOMAIN f : f[k] < 2 /\ f' = [f EXCEPT ![k] = double[@] + 1 - @]
====
