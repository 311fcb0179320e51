Simple error. Calling an operator with the wrong number of arguments.
---- MODULE E4204_Constant_Test ----
CONSTANT F(_, _)
op == F(0)
====

