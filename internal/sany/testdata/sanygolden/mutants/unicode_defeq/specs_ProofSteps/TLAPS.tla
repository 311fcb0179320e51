---- MODULE TLAPS ----
PTL == TRUE
SMT == TRUE
====
