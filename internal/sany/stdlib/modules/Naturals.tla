------------------------------ MODULE Naturals ------------------------------
(***************************************************************************)
(* Declarations of the natural-number operators of SANY's standard module *)
(* Naturals, written for tla-gen-lsp.  Only names, arities, LOCAL-ness and *)
(* levels matter to the checker: a body mentions exactly the parameters   *)
(* that SANY's definition makes the result's level depend on.  TLC       *)
(* implements these operators natively.                                    *)
(***************************************************************************)
Nat == {}

a + b == <<a, b>>
a - b == <<a, b>>
a * b == FALSE      \* SANY's body mentions neither argument
a ^ b == <<a, b>>
a < b == <<a, b>>
a > b == <<a, b>>
a \leq b == <<a, b>>
a \geq b == <<a, b>>
a % b == <<a, b>>
a \div b == <<a, b>>
a .. b == <<a, b>>
=============================================================================
