---- MODULE StringOrderLibB ----
\* Instanced by StringOrderInstances: read after every extended module.
LOCAL INSTANCE FiniteSets
bName == 2
====
