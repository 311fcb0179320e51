Simple error. Calling an operator with the wrong number of arguments.
---- MODULE E4204_1_Required_2_Provided_Test ----
op(x) == 0
op2 == op(0, 0)
====

