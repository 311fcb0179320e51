---- MODULE Difftest ----
\* Semantic errors the differential test against SANY found we missed or
\* placed elsewhere (see testdata/sanygolden).
EXTENDS Naturals, Sequences
CONSTANT S
VARIABLE log

Apply(F(_), x) == F(x)
Fold(Op(_, _), b) == Op(b, b)

Dup == [a |-> 1, a(*ERROR RECORD_CONSTRUCTOR_FIELD_REDEFINITION "Non-unique fields in constructor."*) |-> 2]
DupSet == [a : S, b : S, a(*ERROR RECORD_CONSTRUCTOR_FIELD_REDEFINITION "Non-unique fields in constructor."*) : S]

Lam == Apply(*ERROR LAMBDA_OPERATOR_ARGUMENT_HAS_INCORRECT_ARITY "Lambda expression with arity 2 used as argument 1 of operator `Apply', \nbut an operator of arity 1 is required."*)(LAMBDA n, m : n + m, 1)(*ERROR HIGHER_ORDER_OPERATOR_ARGUMENT_HAS_INCORRECT_ARITY "Argument number 1 to operator 'Apply' \nshould be a 1-parameter operator."*)
Expr == Apply(1 + 1(*ERROR HIGHER_ORDER_OPERATOR_REQUIRED_BUT_EXPRESSION_GIVEN "An expression appears as argument number 1 (counting from 1) to operator 'Apply', in a position an operator is required."*), 1)(*ERROR HIGHER_ORDER_OPERATOR_ARGUMENT_HAS_INCORRECT_ARITY "Argument number 1 to operator 'Apply'"*)
Later == Fold(Plus(*ERROR SYMBOL_UNDEFINED "Unknown operator: `Plus'."*), 0)(*ERROR HIGHER_ORDER_OPERATOR_ARGUMENT_HAS_INCORRECT_ARITY "Argument number 1 to operator 'Fold' \nshould be a 2-parameter operator."*)
Plus(a, b) == a + b

Sel(l) == SelectSeq(l, LAMBDA e : e > 0)
Let == LET RECURSIVE G(_)(*ERROR RECURSIVE_OPERATOR_DECLARED_BUT_NOT_DEFINED "Symbol G declared in RECURSIVE statement but not defined."*)
           H == 1
       IN H
RECURSIVE Missing(_)(*ERROR RECURSIVE_OPERATOR_DECLARED_BUT_NOT_DEFINED "Symbol Missing declared in RECURSIVE statement but not defined."*)
Bracket == [(*ERROR INTERNAL_ERROR "Unsupported expression type `['."*)1 = 1, 2 = 2]
====
