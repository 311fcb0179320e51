---- MODULE Test ----
ℕ ≜ {}
op ≜ A!ℕ
ℤ ≜ {}
op ≜ A!ℤ
ℝ ≜ {}
op ≜ A!ℝ
====
