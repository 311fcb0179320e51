---- MODULE Test ----

op(
  ~ _,
  \lnot _,
  \neg _,
  UNION _,
  SUBSET _,
  DOMAIN _,
  -. _,
  ENABLED _,
  UNCHANGED _,
  [] _,
  <> _
) == 11

====
