---- MODULE Test ----
op ≜ {f(x) : x ∈ ℕ}
====
