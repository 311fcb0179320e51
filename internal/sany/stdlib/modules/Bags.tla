-------------------------------- MODULE Bags --------------------------------
(* Declarations of SANY's standard module Bags, for tla-gen-lsp.  Bags    *)
(* EXTENDS TLC, so it re-exports TLC's operators.                         *)
EXTENDS TLC
LOCAL INSTANCE Naturals

IsABag(B) == <<B>>
BagToSet(B) == <<B>>
SetToBag(S) == <<S>>
BagIn(e, B) == <<e, B>>
EmptyBag == {}
B1 (+) B2 == <<B1, B2>>
B1 (-) B2 == <<B1, B2>>
LOCAL Sum(f) == <<f>>
BagUnion(S) == <<S>>
B1 \sqsubseteq B2 == <<B1, B2>>
SubBag(B) == <<B>>
BagOfAll(F(_), B) == <<F(B), B>>
BagCardinality(B) == <<B>>
CopiesIn(e, B) == <<e, B>>
=============================================================================
