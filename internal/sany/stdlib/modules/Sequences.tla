----------------------------- MODULE Sequences ------------------------------
(* Declarations of SANY's standard module Sequences, for tla-gen-lsp.     *)
(* Naturals is instantiated LOCALly, so + and .. are not exported.        *)
LOCAL INSTANCE Naturals

Seq(S) == <<S>>
Len(s) == <<s>>
s \o t == <<s, t>>
Append(s, e) == <<s, e>>
Head(s) == <<s>>
Tail(s) == <<s>>
SubSeq(s, m, n) == <<s, m, n>>
SelectSeq(s, Test(_)) == <<s, Test(s)>>
=============================================================================
