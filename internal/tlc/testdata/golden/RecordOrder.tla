---- MODULE RecordOrder ----
\* Record fields print in TLC's UniqueString order: names are interned
\* as SANY parses identifiers, a string literal with the same text later.
VARIABLES r, s
X == "b"
Init == r = [zz |-> 1, b |-> 2] /\ s = {[yy |-> 1, b |-> 2], [yy |-> 2, b |-> 2]}
Next == UNCHANGED <<r, s>>
Inv == r = [zz |-> 0, b |-> 0]
====
