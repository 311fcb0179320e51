---- MODULE HoParamLevelOk ----
EXTENDS Naturals

VARIABLES x, y


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

Ok1 == OnState(Prime)
Ok2 == Both(Plain, x')
Ok3 == OnPrimed(Plain)

Spec == Init /\ [][Next]_vars
====
