---- MODULE Test ----
op ≜ ∀ x, y ∈ Nat, z ∈ Int, ⟨a, b, c⟩ ∈ Real : FALSE
op ≜ ∃ ⟨x, y⟩ ∈ Nat, a, b ∈ Int : TRUE
====
