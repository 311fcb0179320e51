---- MODULE Test ----
op == {
  A!B!^+(x),
  A!B!^*(x),
  A!B!^#(x),
  A!B!'(x)
}
====
