-------------------------------- MODULE TLC ---------------------------------
(* Declarations of SANY's standard module TLC, for tla-gen-lsp.  A body   *)
(* mentions the parameters the result's level depends on in SANY.         *)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets

Print(out, val) == <<val>>
PrintT(out) == TRUE
Assert(val, out) == <<val>>
JavaTime == {}
TLCGet(i) == {}
TLCSet(i, v) == TRUE
d :> e == <<d, e>>
f @@ g == <<f, g>>
Permutations(S) == <<S>>
SortSeq(s, Op(_, _)) == <<s, Op(s, s)>>
RandomElement(s) == <<s>>
Any == {}
ToString(v) == <<v>>
TLCEval(v) == <<v>>
=============================================================================
