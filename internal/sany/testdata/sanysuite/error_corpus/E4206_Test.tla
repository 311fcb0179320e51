Assumptions must be constant-level.
---- MODULE E4206_Test ----
VARIABLE v
ASSUME v
====

