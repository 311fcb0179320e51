---- MODULE Printing ----
EXTENDS Naturals
CONSTANT A, B
VARIABLES s, r, f, m, t
Init == s = {} /\ r = [a |-> 0] /\ f = <<>> /\ m = A /\ t = "x"
Next == /\ s = {}
        /\ s' = {B, A}
        /\ r' = [b |-> {2, 1}, a |-> 1]
        /\ f' = [i \in {2, 3} |-> IF i = 2 THEN "two" ELSE "three"]
        /\ m' = B
        /\ t' = "q\"uote"
Never == s = {}
====
