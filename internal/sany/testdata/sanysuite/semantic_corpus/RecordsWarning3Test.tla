--------------------------- MODULE RecordsWarning3Test ------------------------------
EXTENDS Semantics, Integers

CONSTANT (* ID: c *) c
VARIABLE (* ID: v *) v

Next ==
  [c : {"tok"}, q : Int ]

=============================================================================
