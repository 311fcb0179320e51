Same identifier used for different symbol types in extended modules. For
example, in one module the symbol is an operator; in another, a constant.
---- MODULE E4224_Test ----
EXTENDS Naturals, E4224_Extended
====

