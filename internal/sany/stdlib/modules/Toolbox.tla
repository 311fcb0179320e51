------------------------------- MODULE Toolbox ------------------------------
(* Declarations of SANY's standard module Toolbox (trace exploration), for *)
(* tla-gen-lsp.                                                            *)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

_TETrace == {}
LOCAL _TETraceLength == Cardinality(_TETrace)
_TEPosition == _TETraceLength
=============================================================================
