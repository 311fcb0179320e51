---- MODULE StringOrderLibC ----
\* Extended by StringOrderLibA.
cName == 3
====
