---- MODULE Test ----
op ≜ [
  ∧ A
  ∧ B
  ∧ C
    →
      ∧ D
      ∧ E
      ∧ F
        ]
====
