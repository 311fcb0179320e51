---- MODULE StringsAsSeqs ----
\* What TLC answers where kinds of value meet without an error: SubSeq
\* of a string is a string, a record equals <<>> only when empty (never),
\* a sequence and a record of different sizes are unequal, Seq(S) and
\* SUBSET S compare their bases.
EXTENDS Naturals, Sequences
VARIABLE s
Init == s = "hello"
Next == /\ Len(s) > 1
        /\ s' = SubSeq(s, 2, Len(s))
        /\ [a |-> s] # <<>>
        /\ <<1, 2>> # [a |-> s]
        /\ Seq({s}) = Seq({s})
        /\ SUBSET {s} = SUBSET {s}
        /\ SubSeq(s, 3, 2) = ""
Inv == s \in {"hello", "ello", "llo", "lo", "o"}
====
