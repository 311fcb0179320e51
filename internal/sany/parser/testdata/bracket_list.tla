---- MODULE bracket_list ----
VARIABLE x
A == [1, 2]
B == [x = 1]
C == Len([x])
D == [s1 = 1/2, I (* ERROR "expected , or ], found \"|->\"" *) |-> 1/2]
====
