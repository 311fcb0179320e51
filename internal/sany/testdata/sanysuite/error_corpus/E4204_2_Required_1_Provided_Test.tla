Simple error. Calling an operator with the wrong number of arguments.
---- MODULE E4204_2_Required_1_Provided_Test ----
op(x, y) == 0
op2 == op(0)
====

