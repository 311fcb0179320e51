\* expect: {"result": "assumption failure", "distinct": 0, "generated": 0, "depth": 0, "kind": "assumption"}
---- MODULE AssumeFails ----
EXTENDS Naturals
CONSTANT N
ASSUME N > 5
VARIABLE x
Init == x = N
Next == UNCHANGED x
====
