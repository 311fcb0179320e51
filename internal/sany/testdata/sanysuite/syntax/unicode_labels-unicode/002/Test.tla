---- MODULE Test ----
op ≜ ∀ a, b ∈ ℕ : lbl(a, b) ∷ P(a, b)
====
