---- MODULE ExtConstVsVar ----
EXTENDS A, B
X == 1
====
