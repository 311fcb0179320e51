---- MODULE SlipEq ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == IF x (*@slipEq*)== 1 THEN x' = 2 ELSE x' = 1
====
\* want slip slipEq "Replace == by =" "IF x = 1 THEN"
