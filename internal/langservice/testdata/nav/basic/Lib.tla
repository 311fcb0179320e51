-------------------------------- MODULE Lib --------------------------------
EXTENDS Naturals
CONSTANT Limit

\* Twice the given number.
(*@libDouble*)Double(n) == 2 * n

(*@libBelow*)Below(k) == k < Limit
=============================================================================
