Material implication operator cannot have mixed action- & temporal-level
parameters.
---- MODULE E4313_Implies_Test ----
VARIABLE v
op == v' => []v
====

