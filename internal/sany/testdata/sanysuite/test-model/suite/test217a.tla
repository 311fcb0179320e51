---- MODULE test217a ----
VARIABLE y

THEOREM Foo == y'=0
=========================