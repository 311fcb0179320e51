Labels can only occur in operator definitions or proof steps.
---- MODULE E4333_Assume_Test ----
ASSUME lbl :: TRUE
====

