If a name has already been used for an operator, it cannot be used as a
variable name.
---- MODULE E4201_VariableName_Test ----
def == TRUE
VARIABLE def
====

