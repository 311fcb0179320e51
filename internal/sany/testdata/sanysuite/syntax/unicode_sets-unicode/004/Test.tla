---- MODULE Test ----
op ≜ {⟨x, y, z⟩ ∈ ℕ × ℤ × ℝ : P(x, y, z)}
====
