---- MODULE Test ----
THEOREM TRUE
<1>abc 1
  <+>def 2
  <2>ghi QED
<1>jkl QED
====
