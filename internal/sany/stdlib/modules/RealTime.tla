------------------------------ MODULE RealTime -------------------------------
(* Declarations of SANY's standard module RealTime, for tla-gen-lsp.  It  *)
(* declares the variable now.  The bodies are simplified but keep the     *)
(* levels of SANY's: RTBound(A, v, D, E) and RTnow(v) are temporal, A may  *)
(* be an action, v must be a state function.                              *)
EXTENDS Reals
VARIABLE now

RTBound(A, v, D, E) ==
  \EE t : /\ [][A => t' \geq D /\ now' = now]_<<t, v>>
          /\ [](t \leq E)
          /\ ENABLED <<A>>_v

RTnow(v) ==
  /\ now \in Real
  /\ [][now' > now /\ UNCHANGED v]_now
  /\ WF_now(now' > now)
=============================================================================
