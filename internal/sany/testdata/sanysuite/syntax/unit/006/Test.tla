---- MODULE Test ----
LOCAL op == x
LOCAL f[x \in Nat] == x
LOCAL INSTANCE M
LOCAL M == INSTANCE M
====
