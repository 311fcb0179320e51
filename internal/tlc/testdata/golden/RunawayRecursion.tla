---- MODULE RunawayRecursion ----
\* A recursive operator whose base case is never reached (the size of a
\* queue counted from the wrong end): TLC's stack overflow message.
EXTENDS Naturals, Sequences
VARIABLE q
RECURSIVE Count(_, _)
Count(s, i) == IF i = 0 THEN 0 ELSE 1 + Count(s, i + 1)
Init == q = <<>>
Next == /\ Len(q) < 2
        /\ q' = Append(q, Count(q, Len(q)))
====
