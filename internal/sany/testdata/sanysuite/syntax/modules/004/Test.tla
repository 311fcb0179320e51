---- MODULE Test ----
---- MODULE Inner ----
====
---- MODULE Inner2 ----
====
====
