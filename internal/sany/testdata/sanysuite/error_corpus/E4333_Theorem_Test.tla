Labels can only occur in operator definitions or proof steps.
---- MODULE E4333_Theorem_Test ----
THEOREM lbl :: TRUE
====

