---- MODULE Test ----
LEMMA TRUE
PROOF BY ONLY
  P,
  Q
  DEFS
    >,
    R,
    =
====
