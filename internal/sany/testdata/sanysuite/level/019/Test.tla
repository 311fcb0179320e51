---- MODULE Test ----
CONSTANT c
VARIABLE x
op == □⟨c⟩_x
====