\* Missing template definitions and a Spec of the wrong shape.
---- MODULE Skeleton ---- (* WARNING@MODULE "no type invariant" *) (* WARNING@MODULE "no `Init` definition" *) (* WARNING@MODULE "no `Next` definition" *) (* WARNING@MODULE "no `vars` definition" *)
VARIABLE x

Step == x' = x + 1

Spec (* WARNING "Spec should be Init /\\ [][Next]_vars" *) == x = 0 /\ [][Step]_x
====
