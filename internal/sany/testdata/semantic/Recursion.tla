----------------------------- MODULE Recursion -----------------------------
EXTENDS Naturals
RECURSIVE Sum(_, _)
Sum(S) == IF S = {} THEN 0 ELSE 1(*ERROR RECURSIVE_OPERATOR_DECLARATION_DEFINITION_ARITY_MISMATCH "Definition of Sum has different arity than its RECURSIVE declaration."*)
Apply(F(_, _), a) == F(a, a)
Wrong == Apply(Sum, 1)(*ERROR HIGHER_ORDER_OPERATOR_ARGUMENT_HAS_INCORRECT_ARITY "Argument number 1 to operator 'Apply' \nshould be a 2-parameter operator."*)
Right == Apply(+, 1)
Lambda == Apply(LAMBDA a, b : a, 2)
=============================================================================
