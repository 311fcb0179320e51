---- MODULE qualified_junction ----
VARIABLE x
B == (* ERROR "expected an expression, found \"x./" *) x./\ x = 1
====
