---- MODULE TupleOutOfBounds ----
\* A sequence applied outside its domain: TLC's tuple message, and its
\* message for an index that is no integer.
EXTENDS Integers, Sequences
VARIABLES q
Init == q = <<"a", "b">>
Next == /\ Len(q) < 4
        /\ q' = Append(q, "c")
Inv == /\ Len(q) < 4 \/ q[5] = "c"
====
