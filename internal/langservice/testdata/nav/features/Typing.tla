------------------------------- MODULE Typing -------------------------------
EXTENDS Naturals
VARIABLE rec, log
TypeOK == /\ rec \in [a: Nat, b: BOOLEAN]
          /\ log \in [1..3 -> [when: Nat, what: STRING]]
L == INSTANCE Sequences
Use == rec.(*@fieldCursor*)
Use2 == log[1].(*@nestedFieldCursor*)
Use3 == L!(*@instCursor*)
Use4 == rec \(*@backslashCursor*)
=============================================================================
\* want completion fieldCursor only a b
\* want completion nestedFieldCursor only when what
\* want completion instCursor includes Append Len Seq
\* want completion backslashCursor includes \in \notin \cup \subseteq
\* want completionDetail backslashCursor \in ∈
\* want completionDetail backslashCursor \subseteq ⊆
