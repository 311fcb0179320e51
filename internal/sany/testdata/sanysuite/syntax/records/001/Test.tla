---- MODULE Test ----
op == [
  foo |-> 1,
  bar |-> 2,
  baz |-> 3
]
====
