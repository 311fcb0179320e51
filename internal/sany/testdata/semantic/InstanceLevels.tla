---- MODULE InstanceLevels ----
\* Levels through INSTANCE: an instantiated definition has the level of
\* the expressions substituted for what it depends on, and a module with
\* variables takes only constants for its constants (SANY's
\* InstanceNode and SubstInNode level checks).
EXTENDS Naturals
CONSTANT D
VARIABLES x, y

A == INSTANCE Pipe WITH Data <- D, buf <- x
B == INSTANCE Pipe WITH Data <- y, buf <- x(*ERROR INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED "The level of the expression or operator substituted for 'Data' \nmust be at most 0."*)
C == INSTANCE Pipe WITH Data <- D, buf <- x'(*ERROR INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED "The level of the expression or operator substituted for 'buf' \nmust be at most 1."*)

Good == A!Init /\ [][A!Put(1)]_x
Bad == [](C!Full)(*ERROR ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING "[] followed by action not of form [A]_v."*)

RECURSIVE Walk(_)
Walk(n) == IF n = 0 THEN x' = x ELSE Walk(n - 1) /\ n' = n(*ERROR RECURSIVE_OPERATOR_PRIMES_PARAMETER "Argument 1 of recursive operator Walk is primed"*)
====
