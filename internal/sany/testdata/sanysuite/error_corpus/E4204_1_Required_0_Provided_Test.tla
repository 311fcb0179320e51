Simple error. Calling an operator with the wrong number of arguments.
---- MODULE E4204_1_Required_0_Provided_Test ----
op(x) == 0
op2 == op
====

