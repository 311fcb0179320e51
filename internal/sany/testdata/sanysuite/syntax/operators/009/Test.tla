---- MODULE Test ----
op == op(/\, x, /\)
op == op(\/, x, \/)
====
