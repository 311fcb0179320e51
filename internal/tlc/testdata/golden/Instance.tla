---- MODULE Instance ----
\* INSTANCE with substitution of a constant and a variable.
EXTENDS Naturals
VARIABLES left, right
L == INSTANCE Channel WITH Cap <- 2, buf <- left
R(c) == INSTANCE Channel WITH Cap <- c, buf <- right
Init == L!CInit /\ R(3)!CInit
Next == \/ L!Put /\ UNCHANGED right
        \/ L!Get /\ R(3)!Put
        \/ R(3)!Get /\ UNCHANGED left
====
