---- MODULE BagsSpec ----
\* Bags: (+), (-), CopiesIn, BagToSet, SetToBag, BagCardinality.
EXTENDS Naturals, Bags
VARIABLE b
Init == b = SetToBag({"a"})
Next == \/ BagCardinality(b) < 3 /\ b' = b (+) SetToBag({"b"})
        \/ CopiesIn("b", b) > 0 /\ b' = b (-) SetToBag({"b"})
Inv == "a" \in BagToSet(b) /\ CopiesIn("a", b) = 1
====
