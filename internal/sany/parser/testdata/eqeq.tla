---- MODULE eqeq ----
VARIABLE y
I == /\ y = 1
     /\ (* ERROR "expected an expression, found the beginning of a definition" *) x == 1
====
