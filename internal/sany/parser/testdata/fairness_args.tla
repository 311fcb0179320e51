---- MODULE fairness_args ----
VARIABLE v
A(x, y) == x
Spec == (* ERROR "error in fairness expression at 5: 3" *)
  WF_v(A, v)
====
