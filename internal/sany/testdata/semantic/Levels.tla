------------------------------ MODULE Levels ------------------------------
EXTENDS Naturals
VARIABLE x
CONSTANT N

ASSUME x = N(*ERROR ASSUMPTION_IS_NOT_CONSTANT "assumptions must be level 0 (Constant), \nbut this one has level 1."*)
Next == x' = x + 1
Twice == x''(*ERROR OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED "Level error in applying operator ':"*) = x
Same == UNCHANGED <<x'>>(*ERROR OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED "Level error in applying operator UNCHANGED:"*)
Spec == x = 0 /\ []Next(*ERROR ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING "[] followed by action not of form [A]_v."*)
Good == x = 0 /\ [][Next]_x /\ WF_x(Next)
P(a) == a'
UseP == P(x')(*ERROR OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED "Level error in applying operator P:"*) = 1
=============================================================================
