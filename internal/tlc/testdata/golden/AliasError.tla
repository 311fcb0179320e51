---- MODULE AliasError ----
EXTENDS Naturals, Sequences
\* An ALIAS that fails on a state of the trace: TLC prints the variables
\* and the error, as _ALIASEvalError.
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 2
Alias == [y |-> x, h |-> IF x = 1 THEN Head(<<>>) ELSE 0]
====
