------------------------------ MODULE Skeleton ------------------------------
VARIABLES x, y
vars == <<x>>
Init == x = 0 /\ y = 0
Next == x' = x /\ y' = y
=============================================================================
\* want conformancefix "no type invariant" "Add a TypeOK definition"
\* want conformancefix "vars does not list the variable" "Add y to vars"
\* want conformancefix "no `Spec`" "Add a Spec definition"
