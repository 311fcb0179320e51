---- MODULE RecordTuple ----
\* A record equals no non-empty sequence: TLC fails to compare them
\* (RecordValue.equals), where <<>> is the empty record and compares
\* (FALSE). The comparison fails on the second step.
EXTENDS Naturals, Sequences
VARIABLES last, n
Init == last = [type |-> "none", val |-> 0] /\ n = 0
Next == /\ n < 3
        /\ n' = n + 1
        /\ last' = IF n = 0 THEN [type |-> "req", val |-> n] ELSE last
        /\ last # <<>>
        /\ n = 1 => last # <<n>>
====
