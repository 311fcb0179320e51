---- MODULE SymmetryLivenessTrace ----
\* Under SYMMETRY TLC prints a lasso as it rebuilds it: each state the
\* first successor of the one before in its class, not the state the
\* search kept for the class.
EXTENDS TLC, FiniteSets
CONSTANT S
VARIABLE x
Init == x = {}
Add(e) == e \notin x /\ x' = x \cup {e}
Del(e) == e \in x /\ x' = x \ {e}
Next == \E e \in S : Add(e) \/ Del(e)
Spec == Init /\ [][Next]_x /\ \A e \in S : WF_x(Add(e)) /\ WF_x(Del(e))
Live == []<>(Cardinality(x) = 3)
Sym == Permutations(S)
====
