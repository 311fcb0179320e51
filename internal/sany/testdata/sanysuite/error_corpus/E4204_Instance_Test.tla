Simple error. Calling an operator with the wrong number of arguments.
---- MODULE E4204_Instance_Test ----
import(x) == INSTANCE Naturals
op == import(0, 0)
====

