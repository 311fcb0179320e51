---- MODULE Test ----
f[x ∈ ℕ] ≜ x
f[x, y ∈ ℕ] ≜ x
f[x, y ∈ ℕ, z ∈ ℝ] ≜ x
====
