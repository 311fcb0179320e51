---- MODULE DomainPrinting ----
\* TLC keeps an interval as one where it can: the domain of a function
\* built over lo..hi prints lo..hi, that of one built over an enumerated
\* set prints the set; {} \cup S is S as it is; UNION and BagToSet build
\* enumerated sets.
EXTENDS Naturals, Bags, TLC
VARIABLE a, b, c, d, e, f, g, h, i
Init == /\ a = {} \cup (1..2)
        /\ b = UNION {1..2}
        /\ c = DOMAIN [k \in 0..1 |-> "empty"]
        /\ d = BagToSet(SetToBag(1..3))
        /\ e = DOMAIN [[k \in 0..2 |-> 1] EXCEPT ![1] = 2]
        /\ f = DOMAIN [k \in {1, 2} |-> 0]
        /\ g = DOMAIN (1 :> 2)
        /\ h = DOMAIN <<5, 6>>
        /\ i = DOMAIN [k \in 1..2 |-> 0]
Next == UNCHANGED <<a, b, c, d, e, f, g, h, i>>
Inv == a = {}
====
