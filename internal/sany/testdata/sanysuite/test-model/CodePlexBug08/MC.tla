---- MODULE MC ----
EXTENDS CodeplexBug8, TLC

\* SPECIFICATION definition @modelBehaviorSpec:0
spec_14235897021122000 ==
Spec
----
\* PROPERTY definition @modelCorrectnessProperties:0
prop_14235897021223000 ==
Xshrinks
----
\* NEGATED PROPERTY definition
neg_prop_14235897021223000 ==
~(Xshrinks)
----

XEventuallyGrows == <>(x >= 4)

Tautology == (x = x) ~> (x = x)
=============================================================================
\* Modification History
\* Created Tue Feb 10 18:35:02 CET 2015 by markus
