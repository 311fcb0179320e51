---- MODULE Outer ----
---- MODULE Inner ----
---- MODULE Inner2 ----
---- MODULE Inner3 ----
====
====
====
====
