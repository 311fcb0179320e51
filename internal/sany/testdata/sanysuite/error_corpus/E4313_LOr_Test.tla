Logical-Or operator cannot have mixed action- & temporal-level parameters.
---- MODULE E4313_LOr_Test ----
VARIABLE v
op == []v \/ v'
====

