---- MODULE InfiniteDomain ----
\* Functions over sets TLC does not enumerate are applied on demand (TLC's
\* FcnLambdaValue), EXCEPT included; membership in a UNION of infinite
\* sets needs no enumeration either.
EXTENDS Integers
VARIABLE x
Double == [n \in Nat |-> 2 * n]
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == /\ Double[x] = 2 * x
       /\ [Double EXCEPT ![1] = 7][x] = IF x = 1 THEN 7 ELSE 2 * x
       /\ [a \in Int, b \in Nat |-> a - b][x, 1] = x - 1
       /\ x \in UNION {Nat, Int}
       /\ DOMAIN Double = Nat
====
