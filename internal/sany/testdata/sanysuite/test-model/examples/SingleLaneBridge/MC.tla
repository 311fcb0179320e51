---- MODULE MC ----
EXTENDS SingleLaneBridge, TLC

\* CONSTANT definitions @modelParameterConstants:0CarsRight
const_1615720459299211000 == 
{"r1","r2"}
----

\* CONSTANT definitions @modelParameterConstants:1CarsLeft
const_1615720459299212000 == 
{"l1","l2"}
----

\* CONSTANT definitions @modelParameterConstants:2Bridge
const_1615720459299213000 == 
{4,5}
----

\* CONSTANT definitions @modelParameterConstants:3Positions
const_1615720459299214000 == 
{1,2,3,4,5,6,7,8}
----

CarsInfOftenOnBridge == \A car \in CarsRight : []<>(Location[car] \in Bridge)

=============================================================================
\* Modification History
\* Last modified Sun Oct 10 22:023:42 CEST 2021 by youne
