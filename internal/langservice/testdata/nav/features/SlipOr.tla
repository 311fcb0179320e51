---- MODULE SlipOr ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 (*@slipOr*)|| x' = 2
====
\* want slip slipOr "Replace || by \/" "x' = 1 \/ x' = 2"
