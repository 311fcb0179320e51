\* expect: {"result": "success", "distinct": 4, "generated": 4, "depth": 4}
---- MODULE Counter ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
