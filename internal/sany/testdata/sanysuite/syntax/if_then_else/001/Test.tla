---- MODULE Test ----
op == IF "A" THEN "B" ELSE "C"
====
