---- MODULE with_lookahead ----
CONSTANT N, M
I == INSTANCE Naturals WITH Nat <- N(* ERROR "expected ==== or more module body, found \",\"" *), M M <- 1
====
