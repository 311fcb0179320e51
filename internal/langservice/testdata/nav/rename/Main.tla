------------------------------- MODULE Main -------------------------------
EXTENDS Base, (*@mainNat*)Naturals
VARIABLE (*@decl_v*)v
Init == (*@use_v1*)v = 0
(*@declSucc*)Succ((*@declN*)n) == (*@useN*)n + (*@useNat*)Nat
Next == (*@use_v2*)v' = (*@useInc*)Inc((*@use_v3*)v) /\ (*@useSucc*)Succ(1) = 2
Other == \E (*@boundY*)y \in {1} : (*@useY*)y = 1
=============================================================================
\* want references use_v1 decl_v use_v1 use_v2 use_v3
\* want references useInc baseInc useInc
\* want references useN declN useN
\* want references useSucc declSucc useSucc
\* want rename use_v2 w ok
\* want rename useInc Increment ok
\* want rename useY z ok
\* want rename useSucc Inc error "already declared"
\* want rename use_v1 IF error "reserved"
\* want rename use_v1 x-y error "not a TLA+ identifier"
\* want rename useNat Natural error "standard module Naturals"
\* want rename mainNat Nats error "standard module"
\* want rename useY v error "already declared"
