---- MODULE Test ----
op == "Hello, world!"
====
