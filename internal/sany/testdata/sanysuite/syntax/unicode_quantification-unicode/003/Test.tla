---- MODULE Test ----
op ≜ CHOOSE x ∈ Nat : TRUE
op ≜ CHOOSE ⟨x, y, z⟩ ∈ S : FALSE
====
