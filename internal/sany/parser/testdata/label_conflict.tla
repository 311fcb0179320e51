---- MODULE label_conflict ----
VARIABLE a, b, c
A == a /\ (* ERROR "removing the label at line 3, column 78 would change" *) lab:: b \/ c
====
