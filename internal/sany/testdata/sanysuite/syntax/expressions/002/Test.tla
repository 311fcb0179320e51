---- MODULE Test ----
op == <<a, <<b, c>>>>
====
