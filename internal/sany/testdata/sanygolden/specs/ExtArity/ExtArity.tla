---- MODULE ExtArity ----
EXTENDS A, B
X == 1
====
