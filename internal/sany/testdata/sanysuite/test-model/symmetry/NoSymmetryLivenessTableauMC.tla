---- MODULE NoSymmetryLivenessTableauMC ----
EXTENDS SymmetryLivenessTableau, TLC

\* MV CONSTANT declarations@modelParameterConstants
CONSTANTS
a, b
----

\* MV CONSTANT declarations@modelParameterConstants
CONSTANTS
c, d
----

\* MV CONSTANT declarations@modelParameterConstants
CONSTANTS
e, f
----

\* MV CONSTANT definitions Val
const_144172196716899000 == 
{a, b}
----

\* MV CONSTANT definitions Proc
const_1441721967178100000 == 
{c, d}
----

\* MV CONSTANT definitions Adr
const_1441721967189101000 == 
{e, f}
----

\* SPECIFICATION definition @modelBehaviorSpec:0
spec_1441721967209103000 ==
Spec
----
\* PROPERTY definition @modelCorrectnessProperties:0
prop_1441721967219104000 ==
Liveness
----
=============================================================================
