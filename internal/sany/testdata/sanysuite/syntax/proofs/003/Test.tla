---- MODULE Test ----
LEMMA TRUE
OBVIOUS
====
