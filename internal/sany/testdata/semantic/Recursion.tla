----------------------------- MODULE Recursion -----------------------------
EXTENDS Naturals
RECURSIVE Sum(_, _)
Sum(S) == IF S = {} THEN 0 ELSE 1(*ERROR RECURSIVE_OPERATOR_DECLARATION_DEFINITION_ARITY_MISMATCH "Definition of Sum has different arity than its RECURSIVE declaration."*)
Apply(F(_, _), a) == F(a, a)
\* Sum keeps its declared arity 2, so a use with one argument is wrong.
\* (Real SANY crashes on Apply(Sum, 1) here: ArrayIndexOutOfBoundsException.)
Use == Sum({})(*ERROR OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS "The operator Sum requires 2 arguments."*)
Right == Apply(+, 1)
Lambda == Apply(LAMBDA a, b : a, 2)
=============================================================================
