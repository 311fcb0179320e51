---- MODULE Test ----
INSTANCE M WITH
  A <- a,
  SUBSET <- b,
  * <- c,
  ' <- d
====
