Disjunction list cannot have mixed action- & temporal-level parameters.
---- MODULE E4313_DisjList_Test ----
VARIABLE v
op ==
  \/ []v
  \/ v'
====

