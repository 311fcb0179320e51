Quantification cannot have a temporal-level bound.
---- MODULE E4315_Universal_Test ----
VARIABLE v
op == \A x \in []v : TRUE
====

