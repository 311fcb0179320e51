---- MODULE QuantBound ----
\* A set comprehension and a quantifier over a number (the size meant as
\* the set 1..N), and a CHOOSE over Nat.
EXTENDS Naturals
CONSTANT N
VARIABLE s
Init == s = {}
Next == s' = {k * 2 : k \in N}
====
