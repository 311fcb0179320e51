---- MODULE chained_eq ----
C == 1 (* ERROR "precedence conflict between operators = and =" *) = 1 = 1
====
