---- MODULE Test ----
op == WF_(vars)(x)
====
