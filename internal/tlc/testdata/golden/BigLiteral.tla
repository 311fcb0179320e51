---- MODULE BigLiteral ----
\* TLC turns every literal into a value at start-up, used or not: an
\* integer beyond 2^31-1 ends the run before any state is computed.
EXTENDS Integers
VARIABLE x
Lowest == -2147483648
Init == x = 0
Next == x' = 1 - x
====
