---- MODULE Test ----
THEOREM thm ==
  ASSUME P, Q
  PROVE C
OBVIOUS
====
