---- MODULE LetCase ----
\* LET and CASE (with OTHER) in actions.
EXTENDS Naturals
VARIABLE light
Init == light = "red"
Next == LET nxt == CASE light = "red" -> "green"
                     [] light = "green" -> "yellow"
                     [] OTHER -> "red"
        IN light' = nxt
====
