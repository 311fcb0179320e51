---- MODULE Test ----
op == \forall x, y \in Nat, z \in Int, a, b, c \in Real : FALSE
op == \exists x, y \in Nat, a, b \in Int : TRUE
====
