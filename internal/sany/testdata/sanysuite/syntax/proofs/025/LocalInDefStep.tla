---- MODULE LocalInDefStep ----
THEOREM TRUE
PROOF
    <1> DEFINE LOCAL x == 4
    <1> QED
====
