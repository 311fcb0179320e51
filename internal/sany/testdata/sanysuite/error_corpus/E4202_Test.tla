Built-in operators cannot be redefined.
---- MODULE E4202_Test ----
TRUE == FALSE
====

