Equivalence operator cannot have mixed action- & temporal-level parameters.
---- MODULE E4313_IFF_Test ----
VARIABLE v
op == []v <=> v'
====

