---- MODULE semicolon ----
F == 1(* ERROR "unexpected \";\"" *);
====
