---- MODULE FieldOfValue ----
\* Fields selected from what is no record: an integer, then a sequence.
EXTENDS Naturals, Sequences
VARIABLES q, n
Init == q = <<1, 2>> /\ n = 0
Next == \/ n = 0 /\ n' = 1 /\ q' = q
        \/ n = 1 /\ n' = 2 /\ q' = Append(q, n.val)
====
