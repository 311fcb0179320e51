---- MODULE CfgStringOrder ----
\* TLC reads the configuration before the spec: a string given there
\* ("b") is numbered before every identifier and string of the modules,
\* so it comes first in TLC's order of strings, and CHOOSE takes it.
EXTENDS Naturals
CONSTANT C
VARIABLE x
Init == x = (CHOOSE s \in {"a", C} : TRUE)
Next == x' = IF x = "a" THEN "b" ELSE "a"
Inv == x # C
====
