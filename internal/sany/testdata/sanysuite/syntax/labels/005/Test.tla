---- MODULE Test ----
op == \A x \in {} : A!B!lbl(x) :: x
====
