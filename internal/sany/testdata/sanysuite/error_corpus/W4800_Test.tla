Same identifier used for same symbol type in extended modules.
Only a warning; definition in module extended first is used.
---- MODULE W4800_Test ----
EXTENDS W4800_Extended, Naturals
====

