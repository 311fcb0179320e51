---- MODULE adjacent_exprs ----
VARIABLE x
A == (* ERROR "and expression at line 4, column 6 follow each other" *) [x' = 1]_x
     [x' = 2]_x
====
