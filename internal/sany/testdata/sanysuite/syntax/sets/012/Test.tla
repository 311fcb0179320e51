---- MODULE Test ----
op == {
  x \in
    /\ A
    /\ B
    /\ C
      :
    /\ D
    /\ E
    /\ F
}
====
