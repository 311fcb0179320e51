---- MODULE AssumeEvalError ----
\* An assumption TLC cannot evaluate (model values compared with a
\* number) is a failed assumption, not an evaluation error.
EXTENDS Integers
CONSTANT Procs
ASSUME \A p \in Procs : p >= 1
VARIABLE x
Init == x = 0
Next == x' = x
====
