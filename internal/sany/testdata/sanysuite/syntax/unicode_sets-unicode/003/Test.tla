---- MODULE Test ----
op ≜ {x ∈ ℕ : P(x)}
====
