---- MODULE Counter ----
\* A counter that stops at 3: properties of every kind under weak fairness.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Inc == x < 3 /\ x' = x + 1
Spec == Init /\ [][Inc]_x /\ WF_x(Inc)
SpecNoFair == Init /\ [][Inc]_x

Reach == <>(x = 3)
Stay == <>[](x = 3)
Often == []<>(x = 3)
Lead == (x = 1) ~> (x = 3)
Safe == [](x <= 3)
Steps == [][x' = x + 1]_x
Starts == x = 0
Mixed == Starts /\ Safe /\ Steps /\ Reach
Either == <>(x = 7) \/ <>[](x = 3)
Never == [](x < 3)
Jumps == [][x' = x + 2]_x
StartsAtOne == x = 1
Early == <>[](x = 2)
Hidden == \EE y : [](y = x)
====
