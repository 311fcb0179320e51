---- MODULE Test ----
CONSTANT c
VARIABLE x
op == ∀ v ∈ c  : v
====