---- MODULE FcnDefOutsideDomain ----
\* A function definition of constant level is a value to TLC: applied
\* outside its domain, the message prints it whole.
EXTENDS Naturals
VARIABLE i
sq[k \in 0..2] == k * k
Init == i = 0
Next == i' = sq[i + 2]
====
