---- MODULE OutsideDomain ----
EXTENDS Naturals
VARIABLE x
f == <<10, 20>>
Init == x = 0
Next == x' = f[x + 1]
====
