---- MODULE UnionMixedKinds ----
\* An interval adds the other set's elements that are not its members:
\* a string is no integer, and TLC says so.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Inv == x \in (0..2) \cup {"none"}
====
