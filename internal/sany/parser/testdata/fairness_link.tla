---- MODULE fairness_link ----
VARIABLE x
Spec == (* ERROR "error in fairness expression at 4: 3: could not link arguments" *)
  WF_[x](x)
====
