---- MODULE ExtConstVsDef ----
EXTENDS A, B
X == 1
====
