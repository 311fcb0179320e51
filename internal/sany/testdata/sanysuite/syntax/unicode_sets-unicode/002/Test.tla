---- MODULE Test ----
op ≜ {f(x, y, z) : x ∈ ℤ, y, z ∈ ℝ}
====
