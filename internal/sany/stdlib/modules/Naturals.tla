---------------------------- MODULE Naturals ----------------------------
(* Declarations of the natural-number operators SANY builds in.           *)
(* The definitions are placeholders: only names, arities and levels count *)
(* for checking; TLC implements them natively.                            *)

Nat == { }
a + b == {a, b}
a - b == {a, b}
a * b == {a, b}
a ^ b == {a, b}
a < b == a = b
a > b == a = b
a \leq b == a = b
a \geq b == a = b
a % b == {a, b}
a \div b == {a, b}
a .. b == {a, b}
=============================================================================
