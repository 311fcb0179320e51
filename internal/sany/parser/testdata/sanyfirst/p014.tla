---- MODULE p014 ----
THEOREM TRUE
<1>a. TRUE
<1>b. QED BY <1>a
====
