---- MODULE MC ----
EXTENDS PrintTraceRace, TLC

\* INIT definition @modelBehaviorInit:0
init_143958263805435000 ==
TestInit
----
\* NEXT definition @modelBehaviorNext:0
next_143958263806436000 ==
TestNext
----
\* INVARIANT definition @modelCorrectnessInvariants:0
inv_143958263807437000 ==
TestTypeInv
----
=============================================================================
