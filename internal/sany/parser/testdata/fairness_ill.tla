---- MODULE fairness_ill ----
VARIABLE v
Spec == (* ERROR "ill-structured fairness expression at line 3, column 79" *) WF_<<v>> /\ TRUE
====
