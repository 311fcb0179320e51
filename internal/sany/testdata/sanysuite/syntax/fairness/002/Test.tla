---- MODULE Test ----
op == SF_(vars)(x)
====
