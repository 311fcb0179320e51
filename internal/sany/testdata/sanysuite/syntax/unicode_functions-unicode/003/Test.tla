---- MODULE Test ----
op ≜ [n ∈ ℕ ↦ 2*n]
====
