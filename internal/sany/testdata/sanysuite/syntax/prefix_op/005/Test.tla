---- MODULE Test ----
op == {
  A!B!~(x),
  A!B!\lnot(x),
  A!B!\neg(x),
  A!B!UNION(x),
  A!B!SUBSET(x),
  A!B!DOMAIN(x),
  A!B!-.(x),
  A!B!ENABLED(x),
  A!B!UNCHANGED(x),
  A!B![](x),
  A!B!<>(x)
}
====
