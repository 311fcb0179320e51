---- MODULE MC ----
EXTENDS EWD840, TLC

\* CONSTANT definitions @modelParameterConstants:0N
const_143073460396411000 == 
10
----

\* SPECIFICATION definition @modelBehaviorSpec:0
spec_143073460397412000 ==
Spec
----
\* PROPERTY definition @modelCorrectnessProperties:0
prop_143073460398413000 ==
Liveness
----
=============================================================================
\* Modification History
\* Created Mon May 04 12:16:43 CEST 2015 by markus
