---- MODULE StringOrderInstances ----
\* SANY reads every module an EXTENDS names (transitively) before any an
\* INSTANCE names, and TLC orders strings by when their names were read:
\* the set below prints in that order, not in the order of the names here.
EXTENDS Naturals, StringOrderLibA
I == INSTANCE StringOrderLibB
VARIABLE x
Init == x = {"bName", "cName", "aName", "seq", "zLast", "CS"}
Next == UNCHANGED x
Inv == x = {}
====
