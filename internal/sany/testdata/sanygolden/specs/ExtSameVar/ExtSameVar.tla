---- MODULE ExtSameVar ----
EXTENDS A, B
X == 1
====
