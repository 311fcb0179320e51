---- MODULE indent_then ----
A == /\ IF TRUE (* ERROR "item at line 3, column 6 is not properly indented" *)
     THEN 1 ELSE 2
====
