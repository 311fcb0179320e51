---- MODULE Test ----
op ≜ [
  x, y ∈ ℕ, ⟨a, b⟩ \in
    ∧ A
    ∧ B
      ↦
        ∧ A
        ∧ B
            ]
====
