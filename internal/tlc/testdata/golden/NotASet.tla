---- MODULE NotASet ----
\* A constant meant as a set given a number in the configuration:
\* membership in an integer, then a quantifier bound that is one.
EXTENDS Naturals
CONSTANT N
VARIABLE i
Init == i = 1
Next == i' = IF \A k \in 1..2 : k # i THEN i ELSE i + 1
TypeOK == i \in N
====
