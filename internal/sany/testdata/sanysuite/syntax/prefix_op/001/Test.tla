---- MODULE Test ----

~x == 1
\lnot x == 2
\neg x == 3
UNION x == 4
SUBSET x == 5
DOMAIN x == 6
-. x == 7
ENABLED x == 8
UNCHANGED x == 9
[] x == 10
<> x == 11

====
