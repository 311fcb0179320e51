---- MODULE Test ----
op ≜ ∀ x : TRUE
op ≜ ∃ x, y : FALSE
op ≜ \AA x, y, z : TRUE
op ≜ \EE x, y, z, w : FALSE
====
