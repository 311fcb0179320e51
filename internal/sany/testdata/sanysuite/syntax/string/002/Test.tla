---- MODULE Test ----
op == "The cow goes \"moo\", the chicken goes \"cluck cluck\""
====
