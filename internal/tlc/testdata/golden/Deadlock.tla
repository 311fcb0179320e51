\* expect: {"result": "deadlock failure", "distinct": 4, "generated": 4, "depth": 4, "kind": "deadlock", "trace": ["x = 0", "x = 1", "x = 2", "x = 3"]}
---- MODULE Deadlock ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
