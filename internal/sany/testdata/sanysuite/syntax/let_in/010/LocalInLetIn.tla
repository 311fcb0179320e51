---- MODULE LocalInLetIn ----
foo == LET LOCAL bar == 5 IN TRUE
====
