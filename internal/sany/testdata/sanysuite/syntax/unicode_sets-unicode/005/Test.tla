---- MODULE Test ----
op ≜ {x ∈ S : x ∈ T}
====
