---- MODULE Test ----
LOCAL VARIABLE x
====
