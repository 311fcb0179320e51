---- MODULE InstanceParams ----
\* A parameter of I(c) == INSTANCE substituted for a VARIABLE of a
\* non-constant module takes at most a state-level argument in I(e)!Op.
CONSTANT D
VARIABLES x, y

P(c) == INSTANCE Pipe WITH Data <- D, buf <- c
Q(d) == INSTANCE Pipe WITH Data <- d, buf <- x

Ok == P(x)!Init /\ P(y)!Put(1) /\ Q(D)!Full
Bad == P(x')!Init(*ERROR OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED "Level error in applying operator P!Init:\nThe level of argument 1 exceeds"*)
Ok2 == Q(x)!Full \* Full does not depend on Data: no constraint on d
====
