------------------------------ MODULE Names ------------------------------
EXTENDS Naturals
VARIABLE x
CONSTANT N

Inc(a) == a + 1
Two(a, b) == a + b

UsesUnknown == Inc(Nope(*ERROR SYMBOL_UNDEFINED "Unknown operator: `Nope'."*))
Typo == Inx(*ERROR SYMBOL_UNDEFINED "Did you mean `Inc'?"*)(1)
Missing == Cardinality(*ERROR SYMBOL_UNDEFINED "add FiniteSets to EXTENDS"*)({})
Assign == x' :=(*ERROR SUSPECTED_UNREACHABLE_CHECK "Could not find declaration or definition of symbol ':='."*) 1(*ERROR SUSPECTED_UNREACHABLE_CHECK "Couldn't resolve infix operator symbol `:='."*)
TooMany == Inc(1, 2)(*ERROR OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS "The operator Inc requires 1 arguments."*)
VarCall == x(1)(*ERROR OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS "The operator x requires 0 arguments."*)
NoArgs == Two(*ERROR OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS "The operator Two requires 2 arguments."*) + 1
Inc(a) == a(*ERROR SYMBOL_REDEFINED "Operator Inc already defined or declared."*)
Bad == \E N(*ERROR SYMBOL_REDEFINED "Multiply-defined symbol 'N'"*) \in {} : TRUE
Outside == @(*ERROR FUNCTION_EXCEPT_AT_USED_WHERE_UNDEFINED "@ used where its meaning is not defined."*)
Fine == [f \in {1} |-> 0] = [[g \in {1} |-> 0] EXCEPT ![1] = @ + 1]
=============================================================================
