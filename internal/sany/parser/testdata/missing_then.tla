---- MODULE missing_then ----
D(x) == IF x (* ERROR "expected THEN, found \"1\"" *) 1 ELSE 2
====
