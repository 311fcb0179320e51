---- MODULE HigherOrderLevels ----
\* Level constraints through operator parameters (SANY's minMaxLevel and
\* opLevelCond): what a higher-order operator gives its operator
\* parameter must be accepted by the operator it is applied to.
EXTENDS Naturals
VARIABLES x, y

Prime(a) == a'
Plain(a) == a + 1
Both(F(_), v) == F(v)
OnPrimed(F(_)) == F(x')
Nest(F(_), G(_), v) == F(G(v))
Twice(F(_), v) == F(F(v))
Pass(F(_), v) == Both(F, v)

Ok == OnPrimed(Plain) /\ Both(Plain, x') /\ Both(Prime, x)
Bad1 == OnPrimed(Prime)(*ERROR HIGHER_ORDER_OPERATOR_PARAMETER_LEVEL_CONSTRAINT_NOT_MET "The permitted level of argument 1 of the operator argument 1 \nmust be at least 2."*)
Bad2 == Both(Prime, x')(*ERROR HIGHER_ORDER_OPERATOR_COPARAMETER_LEVEL_CONSTRAINTS_EXCEEDED "Level error in applying operator Both:\nThe level of argument 2 exceeds"*)
Bad3 == Nest(Plain, Prime, y')(*ERROR HIGHER_ORDER_OPERATOR_COPARAMETER_LEVEL_CONSTRAINTS_EXCEEDED "The level of argument 3 exceeds"*)
Bad4 == Twice(Prime, x)(*ERROR HIGHER_ORDER_OPERATOR_COPARAMETER_LEVEL_CONSTRAINTS_EXCEEDED "The level of argument 1 exceeds"*)
Bad5 == OnPrimed(LAMBDA a : a')(*ERROR HIGHER_ORDER_OPERATOR_PARAMETER_LEVEL_CONSTRAINT_NOT_MET "must be at least 2."*)
Bad6 == Pass(Prime, x')(*ERROR HIGHER_ORDER_OPERATOR_COPARAMETER_LEVEL_CONSTRAINTS_EXCEEDED "The level of argument 2 exceeds"*)
====
