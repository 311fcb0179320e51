---- MODULE TypeNat ----
\* A TypeOK as model pipelines write it, wrong about a variable: pc
\* holds strings, TypeOK says numbers. TLC does not answer "TypeOK is
\* violated": "idle" \in Nat is an error (Nat's member method), as is
\* any value but an integer or a model value.
EXTENDS Naturals
CONSTANT Procs
VARIABLE pc
Init == pc = [p \in Procs |-> "idle"]
Next == \E p \in Procs : pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "busy"]
TypeOK == pc \in [Procs -> Nat]
====
