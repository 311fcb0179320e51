---- MODULE Test ----
f[x \in Nat] == (
