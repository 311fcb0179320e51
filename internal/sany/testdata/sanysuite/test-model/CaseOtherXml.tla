---- MODULE CaseOtherXml ----
op == CASE TRUE -> FALSE [] OTHER -> TRUE
====
