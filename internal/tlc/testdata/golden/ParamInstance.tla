---- MODULE ParamInstance ----
\* Properties through a parametrised INSTANCE: a refinement under a
\* quantifier, and a liveness property of one instance (violated: the
\* counter stops at 2).
EXTENDS Naturals
VARIABLE ctr
Nodes == {"a"}
Init == ctr = [n \in Nodes |-> 0]
Inc(n) == ctr[n] < 2 /\ ctr' = [ctr EXCEPT ![n] = @ + 1]
Next == \E n \in Nodes : Inc(n)
Spec == Init /\ [][Next]_ctr /\ WF_ctr(Next)
C(n) == INSTANCE ParamChan WITH val <- ctr[n]
Refines == \A n \in Nodes : C(n)!Spec
Live == C("a")!Live
====
