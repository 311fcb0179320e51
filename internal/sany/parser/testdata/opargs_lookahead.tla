---- MODULE opargs_lookahead ----
Index(s, x) == x
A(s) == LET states == s
        IN  Index(* ERROR "expected ==== or more module body, found \"(\"" *)(, 1) <= 2
====
