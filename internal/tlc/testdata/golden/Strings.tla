---- MODULE Strings ----
\* Strings as TLC treats them: \o joins two strings, Len counts their
\* characters; the invariant fails once the word is long enough.
EXTENDS Naturals, Sequences
VARIABLE w
Init == w = "a"
Next == /\ Len(w) < 5
        /\ \/ w' = w \o "b"
           \/ w' = "c" \o w
Short == Len(w) < 4 \/ w \in {"abbb", "cccc"}
====
