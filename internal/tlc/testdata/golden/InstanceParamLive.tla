---- MODULE InstanceParamLive ----
\* A parametrised INSTANCE substituting a variable, in Init, in actions,
\* under fairness and in ENABLED: its actions assign the substituted one.
EXTENDS Naturals
VARIABLES left, right
L == INSTANCE Channel WITH Cap <- 2, buf <- left
R(c) == INSTANCE Channel WITH Cap <- c, buf <- right
vars == <<left, right>>
Init == L!CInit /\ R(3)!CInit
Next == \/ L!Put /\ UNCHANGED right
        \/ L!Get /\ R(3)!Put
        \/ R(3)!Get /\ UNCHANGED left
Spec == Init /\ [][Next]_vars /\ WF_vars(R(3)!Get /\ UNCHANGED left) /\ WF_vars(L!Put /\ UNCHANGED right)
Busy == ENABLED R(3)!Get \/ ENABLED L!Get \/ left = 0
Prop == <>(left = 2)
====
