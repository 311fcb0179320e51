---- MODULE except_at ----
VARIABLE f
A == [f EXCEPT !.(* ERROR "@ used in !.@" *)@ = 1]
====
