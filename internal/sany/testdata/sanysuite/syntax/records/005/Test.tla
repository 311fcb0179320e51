---- MODULE Test ----
op == [
  foo : [
    foo : Nat,
    bar : Int,
    baz : Real
  ],
  bar : Int,
  baz : Real
]
====
