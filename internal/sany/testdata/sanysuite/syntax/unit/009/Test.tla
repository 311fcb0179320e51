---- MODULE Test ----
LOCAL THEOREM x
====
