---- MODULE Test ----
r == [a EXCEPT ![2]["a"][3] = @ + 1]
====
