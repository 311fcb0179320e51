---- MODULE Test ----
op ≜ CHOOSE x : TRUE
op ≜ CHOOSE ⟨x, y, z⟩ : FALSE
====
