If a symbol is already defined, its name cannot be re-used as an operator.
---- MODULE E4201_Op_Test ----
op == 0
op == 0
====

