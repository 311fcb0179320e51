---- MODULE Test ----
op(_ \X _, _ \times _) == TRUE
====
