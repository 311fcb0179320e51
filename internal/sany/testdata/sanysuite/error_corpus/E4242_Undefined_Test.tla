Cannot substitute an undefined symbol in a module.
---- MODULE E4242_Undefined_Test ----
---- MODULE Inner ----
====
INSTANCE Inner WITH c <- 0
====

