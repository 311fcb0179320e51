Quantification cannot have a temporal-level bound.
---- MODULE E4315_Existential_Test ----
VARIABLE v
op == \E x \in []v : TRUE
====

