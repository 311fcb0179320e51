---- MODULE RealLiteral ----
\* A decimal anywhere in the spec, even in a definition nothing uses, is
\* refused by TLC at start-up.
EXTENDS Naturals
VARIABLE x
Half == 1.5
Init == x = 0
Next == x' = 1 - x
====
