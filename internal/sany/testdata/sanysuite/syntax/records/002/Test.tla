---- MODULE Test ----
op == [
  foo |-> [
    foo |-> 1,
    bar |-> 2,
    baz |-> 3
  ],
  bar |-> 2,
  baz |-> 3
]
====
