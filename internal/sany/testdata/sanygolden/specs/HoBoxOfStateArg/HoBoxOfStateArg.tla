---- MODULE HoBoxOfStateArg ----
EXTENDS Naturals

VARIABLES x, y

vars == <<x, y>>

Prime(a) == a'
Plain(a) == a + 1
Enab(A) == ENABLED A
Box(P) == []P
Both(F(_), v) == F(v)
OnPrimed(F(_)) == F(x')
OnState(F(_)) == F(x)
Nest(F(_), G(_), v) == F(G(v))
Compose(F(_, _), a, b) == F(a, b)
Pair(a, b) == a' = b

Init == x = 0 /\ y = 0
Next == x' = x + 1 /\ y' = y

Ok == Both(Box, x = 0)

Spec == Init /\ [][Next]_vars
====
