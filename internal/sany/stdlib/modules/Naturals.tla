-------------------------------- MODULE Naturals ----------------------------
(***************************************************************************)
(* Declarations of the natural-number operators of SANY's standard module *)
(* Naturals, written for tla-gen-lsp.  Only names, arities, LOCAL-ness and *)
(* levels matter to the checker: a body mentions exactly the parameters   *)
(* that SANY's definition makes the result's level depend on.  TLC       *)
(* implements these operators natively.                                    *)
(***************************************************************************)
(***************************************************************************)
(* Each declaration is on the line where SANY's own Naturals module       *)
(* defines the operator, so that the positions SANY reports in this       *)
(* module (for instance in warnings about conflicting definitions) are    *)
(* the same.                                                               *)
Nat == {}
a + b == <<a, b>>

a - b == <<a, b>>
a * b == FALSE      \* SANY's body mentions neither argument
a ^ b == <<a, b>>
a < b == <<a, b>>
a > b == <<a, b>>
a \leq b == <<a, b>>
a \geq b == <<a, b>>
(***************************************************************************)
(* a .. b is the set of the natural numbers from a to b; a % b and         *)
(* a \div b are remainder and quotient.                                     *)
(*                                                                         *)
(*                                                                         *)
(*                                                                         *)
(*                                                                         *)
(*                                                                         *)
(***************************************************************************)
a % b == <<a, b>>
a \div b == <<a, b>>
a .. b == <<a, b>>
=============================================================================
