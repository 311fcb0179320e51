---- MODULE Test ----
THEOREM x == TRUE
<1> P
  <+> Q
  <*> QED
  <*> QED
<1> QED
====
