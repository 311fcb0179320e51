------------------------------- MODULE Fixes --------------------------------
EXTENDS Naturals
VARIABLES x, y
vars == <<x>>
Init == x = 0 /\ y = 0
Next == /\ x' = (*@fixCardStart*)Cardinality(*@fixCardEnd*)({x})
        /\ y' = (*@fixTypoStart*)Inti(*@fixTypoEnd*)
Spec == Init /\ [][Next]_vars
=============================================================================
\* want quickfix fixCardStart fixCardEnd "Add FiniteSets to EXTENDS" "EXTENDS Naturals, FiniteSets"
\* want quickfix fixTypoStart fixTypoEnd "Replace Inti by Init" "y' = Init"
