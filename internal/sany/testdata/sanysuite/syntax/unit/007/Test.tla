---- MODULE Test ----
LOCAL CONSTANT x
====
