---- MODULE indent_paren ----
A == /\ (1 +
         2 (* ERROR "not properly indented" *)
     )
====
