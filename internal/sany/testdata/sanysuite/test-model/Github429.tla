---- MODULE Github429 ----

---- MODULE Alpha ----

======================

---- MODULE Beta ----
EXTENDS Alpha


VARIABLE y
======================

==================================
