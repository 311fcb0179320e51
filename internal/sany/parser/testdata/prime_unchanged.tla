---- MODULE prime_unchanged ----
VARIABLE v
E == UNCHANGED v(* ERROR "precedence conflict between operators UNCHANGED and '" *)'
====
