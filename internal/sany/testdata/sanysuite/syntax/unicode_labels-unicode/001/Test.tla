---- MODULE Test ----
op(x) ≜ lbl ∷ x
====
