---- MODULE SlipNe ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 /\ x (*@slipNe*)!= 2
====
\* want slip slipNe "Replace != by #" "x' = 1 /\ x # 2"
