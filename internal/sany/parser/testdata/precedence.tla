---- MODULE precedence ----
A == 1
B == TRUE (* ERROR "precedence conflict between operators \\land and \\lor" *) /\ FALSE \/ TRUE
====
