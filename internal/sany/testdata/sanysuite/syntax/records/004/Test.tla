---- MODULE Test ----
op == [
  foo : Nat,
  bar : Int,
  baz : Real
]
====
