---- MODULE Test ----
x == {| S EXCEPT !.name = e |}
====
