---- MODULE Test ----
op ==
  CASE 1 ->
  CASE 2 -> 3
  [] OTHER -> 4
====
