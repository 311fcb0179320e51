---- MODULE StringOrderLib ----
\* Extended by StringOrderModules.tla: its strings are made into values before
\* the extending module's.
libName == 1
LibStr == "astr"
====
