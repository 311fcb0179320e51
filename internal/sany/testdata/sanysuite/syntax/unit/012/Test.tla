---- MODULE Test ----
LOCAL USE x
====
