One of the most basic errors there is: referring to an undefined symbol.
---- MODULE E4200_Use_Test ----
USE DEF DoesNotExist
====

