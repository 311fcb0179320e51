----------------------------- MODULE Instances -----------------------------
EXTENDS Naturals
VARIABLE y

---- MODULE Counter ----
EXTENDS Naturals
VARIABLE c
Up == c' = c + 1
====

C == INSTANCE Counter WITH c <- y
UseC == C!Up /\ C!Down(*ERROR SYMBOL_UNDEFINED "Unknown operator: `Down'."*)
S == INSTANCE Sequences
L == S!Len(<<1>>) + S!Len(*ERROR OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS "The operator S!Len requires 1 arguments."*)
NoSeq == Len(*ERROR SYMBOL_UNDEFINED "Unknown operator: `Len'."*)(<<>>)
THEOREM T == TRUE
PROOF BY DEF Inc(*ERROR SYMBOL_UNDEFINED "Unknown operator: `Inc'."*)(*ERROR INTERNAL_ERROR "Empty BY"*)(*ERROR SYMBOL_UNDEFINED "DEF clause entry should describe a defined operator."*)
=============================================================================
