---- MODULE Decimal ----
op == 000123.456000
====
