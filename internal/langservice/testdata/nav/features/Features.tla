------------------------------ MODULE Features ------------------------------
EXTENDS Naturals, Sequences
CONSTANT (*@declN*)N
VARIABLES (*@declMsgs*)msgs, state

(*@foldCommentStart*)(* A block comment
   over two lines. *)
(*@foldTypeStart*)TypeOK == /\ msgs \in Seq([src: 1..N, dst: 1..N])
          /\ state \in [phase: {"init", "done"}, count: Nat]

\* Sends m to to.
Send(m, to) == msgs' = Append(msgs, [src |-> m, dst |-> to]) /\ UNCHANGED state

Init == msgs = <<>> /\ state = [phase |-> "init", count |-> 0]

Next == \E (*@boundM*)m \in 1..N : Send((*@sigArg1*)m, (*@sigArg2*)m)

Check == (*@tokPrimed*)msgs' = (*@tokMsgs*)msgs /\ (*@tokConst*)N > 0 /\ (*@tokKeyword*)LET k == (*@tokString*)"s" IN (*@tokLetUse*)k = "s"

THEOREM Safe == Init => TypeOK
  <1>1. Init => TypeOK
    OBVIOUS
  <1>2. QED
    BY <1>1
=============================================================================
\* want signature sigArg1 "Send(m, to)" 0
\* want signature sigArg2 "Send(m, to)" 1
\* want completion sigArg1 includes m msgs state N Send TypeOK Init Append Len Nat IF ENABLED
\* want completion sigArg1 excludes Check k
\* want completion tokLetUse includes k msgs
\* want token tokPrimed variable modification
\* want token tokMsgs variable
\* want token tokConst variable readonly
\* want token boundM parameter declaration
\* want token tokKeyword keyword
\* want token tokString string
\* want token foldCommentStart comment
\* want token declN variable declaration readonly
\* want fold foldCommentStart 7 comment
\* want fold foldTypeStart 9 region
\* want symbols
