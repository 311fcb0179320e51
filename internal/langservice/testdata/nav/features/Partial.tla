------------------------------ MODULE Partial -------------------------------
EXTENDS Naturals
VARIABLE x
Op(a, b) == a + b
Next(step) == \E i, j \in 1..3 : LET k == i
                                     m == j IN x' = Op((*@partialCursor*)
Init == x = 0
=============================================================================
\* want completion partialCursor includes i j k m step x Op
\* want completion partialCursor excludes a b
\* want signature partialCursor "Op(a, b)" 0
