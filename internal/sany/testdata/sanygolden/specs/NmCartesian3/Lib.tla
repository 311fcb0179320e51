---- MODULE Lib ----
EXTENDS Naturals
Max(a, b) == IF a > b THEN a ELSE b
LOCAL Hidden == 42
Twice(n) == 2 * n
====
