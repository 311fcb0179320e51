---- MODULE indent_ok ----
VARIABLE x
A == /\ IF x
      THEN 1 ELSE 2
     /\ (x +
          1)
     /\ \/ x
        \/ x
B == \/ /\ x
        /\ LET y == 1
            IN y
C == a /\ lab:: (x \/ x)
D == x + lab:: x * x
====
