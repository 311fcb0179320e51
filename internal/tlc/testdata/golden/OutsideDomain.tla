\* expect: {"result": "error", "distinct": 2, "generated": 2, "depth": 2, "kind": "runtime", "message": "not in the domain"}
---- MODULE OutsideDomain ----
EXTENDS Naturals
VARIABLE x
f == <<10, 20>>
Init == x = 0
Next == x' = f[x + 1]
====
