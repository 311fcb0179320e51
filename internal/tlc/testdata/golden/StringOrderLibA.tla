---- MODULE StringOrderLibA ----
\* Extended by StringOrderInstances; extends StringOrderLibC.
EXTENDS StringOrderLibC
aName == 1
====
