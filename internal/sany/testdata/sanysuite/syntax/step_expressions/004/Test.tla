---- MODULE Test ----

op == [
  /\ 1
  /\ 2
    ]_x

op == <<
  /\ 1
  /\ 2
    >>_x

====
