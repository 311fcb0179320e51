---- MODULE Records ----
\* SANY's record lint: a field named like a definition or declaration.
EXTENDS Naturals
CONSTANT from
type == "t"
Clash == [type |-> "request", size |-> 3]
NoClashBound == {[to |-> p] : p \in {1, 2}}
Knows == [from |-> from]
SameFields == [to |-> 1]
Set == [type : {"a"}, kind : Nat]
SetNoDecl == [type : {"a"}]
====
