Logical-And operator cannot have mixed action- & temporal-level parameters.
---- MODULE E4313_LAnd_Test ----
VARIABLE v
op == v' /\ []v
====

