Simple error. Calling an operator with the wrong number of arguments.
---- MODULE E4204_0_Required_1_Provided_Test ----
op == 0
op2 == op(0)
====

