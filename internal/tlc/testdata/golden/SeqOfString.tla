---- MODULE SeqOfString ----
\* A string is no sequence to Seq(S)'s member method: TLC fails where
\* one might expect TypeOK to be violated. (Len and SubSeq take strings.)
EXTENDS Sequences
VARIABLE name
Init == name = "ab"
Next == name' = SubSeq(name, 1, 1)
TypeOK == name \in Seq(STRING)
====
