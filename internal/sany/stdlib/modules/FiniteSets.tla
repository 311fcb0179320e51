----------------------------- MODULE FiniteSets -----------------------------
(* Declarations of SANY's standard module FiniteSets, for tla-gen-lsp.    *)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences

IsFiniteSet(S) == <<S>>
Cardinality(S) == <<S>>
=============================================================================
