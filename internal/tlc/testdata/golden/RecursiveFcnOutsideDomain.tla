---- MODULE RecursiveFcnOutsideDomain ----
\* A recursive function definition stays lazy in TLC: its message is that
\* of a lazy function, which prints itself whole.
EXTENDS Naturals
VARIABLE i
fact[k \in 0..2] == IF k = 0 THEN 1 ELSE k * fact[k - 1]
Init == i = 0
Next == i' = fact[i + 3]
====
