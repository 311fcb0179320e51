\* expect: {"result": "safety failure", "distinct": 3, "generated": 3, "depth": 3, "kind": "invariant", "name": "Small", "trace": ["x = 0", "x = 1", "x = 2"]}
---- MODULE Invariant ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Small == x < 2
====
