---- MODULE InvListNotBoolean ----
\* An item of a conjunction list in an invariant that is not a boolean,
\* and a quantifier body that is not one either.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Inv == /\ x \in 0..3
       /\ \A i \in 0..x : IF i < 2 THEN TRUE ELSE i
====
