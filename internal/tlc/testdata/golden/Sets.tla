---- MODULE Sets ----
\* Sets as state: SUBSET, \cup, \cap, \, set-builder, set-map, UNION, \X.
EXTENDS Naturals, FiniteSets
VARIABLES s, t
Init == s = {} /\ t \in {{1}, {2, 3}}
Next == \/ \E e \in (1..3) \ s : s' = s \cup {e} /\ t' = {x * 2 : x \in t}
        \/ s # {} /\ s' = {x \in s : x > 1} /\ t' = t \cap s
Inv == /\ s \in SUBSET (1..3)
       /\ UNION {s, t} = s \cup t
       /\ Cardinality(s \X {0}) = Cardinality(s)
Bound == \A x \in t : x < 20
====
