---- MODULE Test ----
r == [a EXCEPT ![2] = "a"]
====
