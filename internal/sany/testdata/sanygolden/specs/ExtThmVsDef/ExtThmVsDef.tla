---- MODULE ExtThmVsDef ----
EXTENDS A, B
X == 1
====
