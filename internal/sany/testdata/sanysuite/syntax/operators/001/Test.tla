---- MODULE Test ----
conflicts_with_octal == \o (1,2)
====
