------------------------------ MODULE _Possible ------------------------------
(* Declarations of SANY's internal standard module _Possible (what TLC's  *)
(* POSSIBLE properties count), for tla-gen-lsp.                            *)
LOCAL INSTANCE TLC
LOCAL INSTANCE TLCExt
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences

_Track(expr, name) == <<expr, name>>
_Counts == <<>>
_CheckName(name) == name \in DOMAIN _Counts
_PrintCounts == PrintT(_Counts)
=============================================================================
