---- MODULE NestedValues ----
\* Long nested values: sets of sets, sequences of functions, a record
\* whose field is too long for its line (TLC's third layout rule).
EXTENDS Integers, Sequences
VARIABLES s, q, r
Init == /\ s = {{1, 2, 3}, {4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {16, 17, 18, 19, 20, 21, 22, 23, 24, 25}}
        /\ q = <<[i \in 1..6 |-> i * 100], [i \in 7..12 |-> i * 1000], <<"a", "b">>>>
        /\ r = [averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongfieldname |-> <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>, b |-> -5]
Next == UNCHANGED <<s, q, r>>
Inv == s = {}
====
