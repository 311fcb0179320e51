---- MODULE Test ----
op == M!X!Y!Z
====
