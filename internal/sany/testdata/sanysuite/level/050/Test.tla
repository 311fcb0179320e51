---- MODULE Test ----
CONSTANT c
VARIABLE x
op == ∀ v ∈ x' : □v
====