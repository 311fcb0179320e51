---- MODULE Alias ----
\* ALIAS: TLC prints the alias record's fields instead of the variables.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 10
Next == x' = x + 1 /\ y' = y - 1
Small == x < 2
View == [sum |-> x + y, diff |-> y - x, x |-> x]
====
