---- MODULE Test ----
op == "foo ` bar"
====
