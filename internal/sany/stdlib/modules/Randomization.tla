---------------------------- MODULE Randomization ---------------------------
(* Declarations of SANY's standard module Randomization, for tla-gen-lsp. *)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

RandomSubset(k, S) == <<k, S>>
RandomSetOfSubsets(k, n, S) == <<k, S>>
TestRandomSetOfSubsets(k, n, S) == <<k, S>>
=============================================================================
