------------------------------- MODULE Slips --------------------------------
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x (*@slipAssign*):= x + 1
=============================================================================
\* want slip slipAssign "Replace x := by x' =" "Next == x' = x + 1"
