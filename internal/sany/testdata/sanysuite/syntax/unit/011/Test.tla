---- MODULE Test ----
LOCAL ASSUME x
====
