---- MODULE Test ----
x \X y == 0
x \times y == 0
====
