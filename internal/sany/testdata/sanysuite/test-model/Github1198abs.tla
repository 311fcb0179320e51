---- MODULE Github1198abs ----

VARIABLE b

Spec ==
    b \in BOOLEAN /\ [][b' \in BOOLEAN]_b
=============================================================================
