------------------------------- MODULE Reals --------------------------------
(* Declarations of SANY's standard module Reals, for tla-gen-lsp.  The    *)
(* level of a / b depends on a only, as with SANY's definition.           *)
EXTENDS Integers

Real == {}

a / b == <<a>>

Infinity == {}
=============================================================================
