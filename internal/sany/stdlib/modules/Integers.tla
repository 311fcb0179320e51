------------------------------ MODULE Integers ------------------------------
(* Declarations of SANY's standard module Integers, for tla-gen-lsp.      *)
EXTENDS Naturals

Int == {}

-. a == <<a>>
=============================================================================
