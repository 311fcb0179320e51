---- MODULE StringDomain ----
\* A function over strings applied to an integer: TLC's FcnRcdValue
\* compares the argument with each string of the domain.
EXTENDS Naturals
Accts == {"alice", "bob"}
VARIABLES bal, i
Init == bal = [a \in Accts |-> 10] /\ i = 0
Next == /\ i < 2
        /\ i' = i + 1
        /\ bal' = [bal EXCEPT !["alice"] = @ - 1]
Inv == i < 2 \/ bal[i] >= 0
====
