---- MODULE Test ----
op == "加拿大"
====
