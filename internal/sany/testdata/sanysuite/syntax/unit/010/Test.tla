---- MODULE Test ----
LOCAL RECURSIVE x
====
