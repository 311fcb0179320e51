---- MODULE ErrorTraceConstructionMC ----
EXTENDS ErrorTraceConstruction, TLC

\* SPECIFICATION definition @modelBehaviorSpec:0
spec_14411937652404000 ==
Spec
----
\* PROPERTY definition @modelCorrectnessProperties:0
prop_14411937652505000 ==
Prop
----
\* NEGATED PROPERTY definition
neg_prop_14411937652505000 ==
~(Prop)
----

YReachesThree == []<>(y = 3)

Tautology == (x = x) ~> (x = x)
=============================================================================
