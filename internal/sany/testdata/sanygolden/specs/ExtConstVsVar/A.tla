---- MODULE A ----
CONSTANT C
VARIABLE V
Max(a, b) == a
T == 1
THEOREM Th == TRUE
====
