---- MODULE Test ----
op ≜ {
  x ∈
    ∧ A
    ∧ B
    ∧ C
      :
    ∧ D
    ∧ E
    ∧ F
}
====
