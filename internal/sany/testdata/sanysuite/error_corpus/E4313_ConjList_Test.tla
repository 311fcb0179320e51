Conjunction list cannot have mixed action- & temporal-level parameters.
---- MODULE E4313_ConjList_Test ----
VARIABLE v
op ==
  /\ v'
  /\ []v
====

